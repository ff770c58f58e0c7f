using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Employees;

namespace OpenChannels.Tests.Web.Access;

/// <summary>P-3: groups, named sets of employees a role can be given to.</summary>
public sealed class EmployeeGroupServiceTests : IDisposable
{
    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    private EmployeeGroupService Groups => _app.Get<EmployeeGroupService>();

    [Fact]
    public async Task AGroup_IsCreatedRenamedAndRefilled_AndListedWithItsMembersByName()
    {
        var bea = await EmployeeAsync("Bea");
        var cy = await EmployeeAsync("Cy");
        var id = (await Groups.CreateAsync("Night shift", [cy, bea, cy])).ShouldSucceed();

        var row = (await Groups.ListAsync()).Single();
        row.ShouldSatisfyAllConditions(
            r => r.Name.ShouldBe("Night shift"),
            r => r.MemberIds.ShouldBe([bea, cy]),
            r => r.MemberNames.ShouldBe(["Bea", "Cy"]),
            r => r.RoleNames.ShouldBeEmpty());

        (await Groups.UpdateAsync(id, "Weekend shift", [cy])).Succeeded.ShouldBeTrue();
        (await Groups.ListAsync()).Single().ShouldSatisfyAllConditions(
            r => r.Name.ShouldBe("Weekend shift"),
            r => r.MemberNames.ShouldBe(["Cy"]));
    }

    [Fact]
    public async Task ASecondGroupOfTheSameName_OrAnUnknownMember_IsRefused_AndNothingIsWritten()
    {
        var bea = await EmployeeAsync("Bea");
        await Groups.CreateAsync("Night shift", [bea]);

        var twice = await Groups.CreateAsync("Night shift", []);
        twice.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("Name");
        var stranger = await Groups.CreateAsync("Ghosts", [bea, 9999]);
        stranger.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("Members");
        var empty = await Groups.CreateAsync("  ", []);
        empty.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("Name");

        (await Groups.ListAsync()).Select(g => g.Name).ShouldBe(["Night shift"]);
    }

    [Fact]
    public async Task DeletingAGroup_TakesTheRolesGivenToIt_AndItsMembersLoseThem()
    {
        var bea = await EmployeeAsync("Bea");
        var id = (await Groups.CreateAsync("Supervisors", [bea])).ShouldSucceed();
        await using (var db = await _app.Get<IDbContextFactory<OpenChannelsDbContext>>().CreateDbContextAsync())
        {
            var director = await db.AccessRoles.SingleAsync(r => r.Kind == RoleKind.Director);
            db.AccessRoleHolders.Add(new RoleHolder(director.Id, HolderKind.Group, id));
            await db.SaveChangesAsync();
        }

        (await Groups.ListAsync()).Single().RoleNames.ShouldBe(["Director"]);
        (await _app.Get<AccessRightsService>().RightsOfAsync(bea))[Permission.ConversationHistory].ShouldBe(AccessLevel.All);

        (await Groups.DeleteAsync(id)).Succeeded.ShouldBeTrue();

        (await Groups.ListAsync()).ShouldBeEmpty();
        (await _app.QueryAsync(db => db.AccessRoleHolders.CountAsync(h => h.Kind == HolderKind.Group))).ShouldBe(0);
        (await _app.Get<AccessRightsService>().RightsOfAsync(bea))[Permission.ConversationHistory].ShouldBe(AccessLevel.None);
    }

    private async Task<int> EmployeeAsync(string name) =>
        (await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = name, Email = $"{name.ToLowerInvariant()}@example.test" })).Value;
}
