using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Access;

/// <summary>P-2 on open channels: which ones an employee may see, change and connect, by how they stand to each.</summary>
public sealed class ChannelAccessTests() : ScenarioTest("Bea")
{
    private ChannelAccess Access => App.Get<ChannelAccess>();

    [Fact]
    public async Task AManager_SeesOnlyTheChannelsWhoseQueueTheyAreIn_AndChangesNothing()
    {
        var bea = await IdOfAsync("bea");
        var other = (await App.Get<OpenChannelService>().CreateAsync("Messenger")).Value;
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, bea);

        var channels = await Access.AllAsync(bea);

        channels.Keys.ShouldBe([Scenario.ChannelId]);
        channels[Scenario.ChannelId].ShouldBe(new ChannelPermissions(MayView: true, MayModify: false, MayConnect: false));
        (await Access.OfAsync(bea, other)).MayOpen.ShouldBeFalse();
        (await Access.MayCreateAsync(bea)).ShouldBeFalse();
    }

    [Fact]
    public async Task ADirector_SeesEveryChannel_ButChangesNone_AndAnAdministratorDoesEverything()
    {
        var bea = await IdOfAsync("bea");
        var other = (await App.Get<OpenChannelService>().CreateAsync("Messenger")).Value;
        await App.GiveRoleAsync(RoleKind.Director, HolderKind.Employee, bea);
        var admin = Scenario.Admin.EmployeeId;

        (await Access.AllAsync(bea)).Values.ShouldAllBe(p => p.MayView && !p.MayModify && !p.MayConnect);
        (await Access.AllAsync(bea)).Count.ShouldBe(2);
        (await Access.OfAsync(admin, other)).ShouldBe(new ChannelPermissions(true, true, true));
        (await Access.MayCreateAsync(admin)).ShouldBeTrue();
    }

    [Fact]
    public async Task ChangingTheDepartmentsChannels_ReachesAChannelWhoseQueueHasAColleague()
    {
        var departments = App.Get<DepartmentService>();
        var sales = (await departments.CreateAsync(new DepartmentForm { Name = "Sales" })).Value;
        var sal = await EmployeeAsync("Sal", sales);
        var sue = await EmployeeAsync("Sue", sales);
        var salesChannel = (await App.Get<OpenChannelService>().CreateAsync("Sales chat")).Value;
        (await App.Get<QueueSettingsService>().ReplaceQueueAsync(salesChannel, [sal])).ShouldSucceed();
        await App.GiveCustomRoleAsync("Sales lead", new Dictionary<Permission, AccessLevel> { [Permission.ModifyOpenChannels] = AccessLevel.Department }, HolderKind.Department, sales);

        (await Access.OfAsync(sue, salesChannel)).MayModify.ShouldBeTrue();
        (await Access.OfAsync(sue, Scenario.ChannelId)).MayOpen.ShouldBeFalse();
        (await Access.MayCreateAsync(sue)).ShouldBeFalse();
    }

    private async Task<int> EmployeeAsync(string name, int departmentId) =>
        (await App.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = name, Email = $"{name.ToLowerInvariant()}@example.test", DepartmentId = departmentId })).Value;

    private Task<int> IdOfAsync(string name) =>
        App.QueryAsync(db => db.Users.Where(u => u.Email == $"{name}@example.test").Select(u => u.EmployeeId).SingleAsync());
}
