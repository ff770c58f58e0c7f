using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Tests.Web.Identity;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Access;

/// <summary>P-1, P-2, P-3: roles made, renamed, copied, deleted, their levels set and given, by whoever may change access rights.</summary>
public sealed class AccessRoleServiceTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly TestApp _app;

    public AccessRoleServiceTests() =>
        _app = new TestApp(
            settings: new Dictionary<string, string> { ["Logging:LogLevel:OpenChannels.Security"] = "Information" },
            services: s => s.AddSingleton<ILoggerProvider>(_logs));

    public void Dispose() => _app.Dispose();

    private AccessRoleService Roles => _app.Get<AccessRoleService>();

    [Fact]
    public async Task ACustomRole_IsCreatedRenamedCopiedAndDeleted_AndListedAfterThePredefinedRoles()
    {
        var admin = await AdminAsync();

        var id = (await Roles.CreateAsync(admin, " Supervisors ")).ShouldSucceed();
        (await Roles.RenameAsync(admin, id, "Team leads")).ShouldSucceed();
        await SaveLevelAsync(admin, id, Permission.ConversationHistory, AccessLevel.Department);
        var copy = (await Roles.CopyAsync(admin, id, "Copy of Team leads")).ShouldSucceed();

        var roles = await Roles.ListAsync();
        roles.Select(r => r.Name).ShouldBe(["Administrator", "Director", "Manager", "Copy of Team leads", "Team leads"]);
        var created = roles.Single(r => r.Id == id);
        created.Kind.ShouldBe(RoleKind.Custom);
        created.Levels.ShouldAllBe(l => l.Key == Permission.ConversationHistory ? l.Value == AccessLevel.Department : l.Value == Permissions.Lowest(l.Key));
        roles.Single(r => r.Id == copy).ShouldSatisfyAllConditions(
            r => r.Levels.ShouldBe(created.Levels),
            r => r.Holders.ShouldBeEmpty());

        (await Roles.DeleteAsync(admin, copy)).ShouldSucceed();
        (await Roles.ListAsync()).Select(r => r.Name).ShouldNotContain("Copy of Team leads");
    }

    [Fact]
    public async Task ARoleName_IsRequired_Short_AndUniqueIgnoringCase_AndNoPredefinedRolesNameInAnyLanguage()
    {
        var admin = await AdminAsync();
        var id = (await Roles.CreateAsync(admin, "Supervisors")).ShouldSucceed();
        var other = (await Roles.CreateAsync(admin, "Night shift")).ShouldSucceed();

        foreach (var name in new[] { "  ", new string('x', Role.NameMaxLength + 1), "SUPERVISORS", "director", "Administrateur", "Menedżer" })
        {
            (await Roles.CreateAsync(admin, name)).ShouldFail().ShouldBeOfType<InvalidInput>().Field.ShouldBe("Name", name);
        }

        (await Roles.RenameAsync(admin, other, "supervisors")).ShouldFail().ShouldBeOfType<InvalidInput>()
            .Message.ShouldBe("There is already a role named supervisors.");
        (await Roles.CopyAsync(admin, id, "Supervisors")).ShouldFail().ShouldBeOfType<InvalidInput>();
        (await Roles.RenameAsync(admin, id, "SuperVisors")).ShouldSucceed(); // a role may change the case of its own name
        (await Roles.ListAsync()).Count(r => !r.IsPredefined).ShouldBe(2);
    }

    [Fact]
    public async Task ThePredefinedRoles_KeepTheirNames_AndTheAdministratorKeepsEveryRight_ButTheOthersCanBeTuned()
    {
        var admin = await AdminAsync();
        var administrator = await RoleIdAsync(RoleKind.Administrator);
        var director = await RoleIdAsync(RoleKind.Director);
        var manager = await RoleIdAsync(RoleKind.Manager);

        (await Roles.RenameAsync(admin, director, "Boss")).ShouldFail().ShouldBeOfType<PredefinedRoleLocked>();
        (await Roles.DeleteAsync(admin, manager)).ShouldFail().ShouldBeOfType<PredefinedRoleLocked>();
        (await Roles.SaveLevelsAsync(admin, administrator, new Dictionary<Permission, AccessLevel> { [Permission.ConversationHistory] = AccessLevel.Own }))
            .ShouldFail().ShouldBeOfType<PredefinedRoleLocked>();
        await SaveLevelAsync(admin, director, Permission.ModifyOpenChannels, AccessLevel.Department);

        var roles = await Roles.ListAsync();
        roles.Where(r => r.IsPredefined).Select(r => r.Name).ShouldBe(["Administrator", "Director", "Manager"]);
        roles.Single(r => r.Id == administrator).Levels.Values.ShouldAllBe(l => l == AccessLevel.All);
        roles.Single(r => r.Id == director).Levels[Permission.ModifyOpenChannels].ShouldBe(AccessLevel.Department);

        // A copy of the Administrator role is a custom role, and can be lowered.
        var copy = (await Roles.CopyAsync(admin, administrator, "Copy of Administrator")).ShouldSucceed();
        await SaveLevelAsync(admin, copy, Permission.ConversationHistory, AccessLevel.Own);
    }

    [Fact]
    public async Task ALevelTheEntityDoesNotOffer_IsRefused_AndNoLevelOfTheRoleIsSaved()
    {
        var admin = await AdminAsync();
        var id = (await Roles.CreateAsync(admin, "Supervisors")).ShouldSucceed();

        var saved = await Roles.SaveLevelsAsync(admin, id, new Dictionary<Permission, AccessLevel>
        {
            [Permission.ConversationHistory] = AccessLevel.All,
            [Permission.JoinConversation] = AccessLevel.None,
        });

        saved.ShouldFail().ShouldBeOfType<InvalidInput>();
        (await Roles.ListAsync()).Single(r => r.Id == id).Levels[Permission.ConversationHistory].ShouldBe(AccessLevel.None);
    }

    [Fact]
    public async Task ARole_IsGivenOnce_ToEmployeesDepartmentsAndGroups_AndTakenBack_AndTheRightsFollow()
    {
        var admin = await AdminAsync();
        var sales = await DepartmentAsync("Sales");
        var bea = await EmployeeAsync("Bea", sales);
        var cy = await EmployeeAsync("Cy");
        var group = (await _app.Get<EmployeeGroupService>().CreateAsync("Night shift", [cy])).ShouldSucceed();
        var id = (await Roles.CreateAsync(admin, "Readers")).ShouldSucceed();
        await SaveLevelAsync(admin, id, Permission.ConversationHistory, AccessLevel.All);

        (await Roles.AddHolderAsync(admin, id, HolderKind.Department, sales)).ShouldSucceed();
        (await Roles.AddHolderAsync(admin, id, HolderKind.Group, group)).ShouldSucceed();
        (await Roles.AddHolderAsync(admin, id, HolderKind.Employee, cy)).ShouldSucceed();
        (await Roles.AddHolderAsync(admin, id, HolderKind.Department, sales)).ShouldFail().ShouldBeOfType<Conflict>()
            .Message.ShouldBe("Sales already holds this role.");
        (await Roles.AddHolderAsync(admin, id, HolderKind.Employee, 9999)).ShouldFail().ShouldBeOfType<NotFound>();

        (await Roles.ListAsync()).Single(r => r.Id == id).Holders.ShouldBe(
        [
            new RoleHolderRow(HolderKind.Employee, cy, "Cy"),
            new RoleHolderRow(HolderKind.Department, sales, "Sales"),
            new RoleHolderRow(HolderKind.Group, group, "Night shift"),
        ]);
        var beas = await Roles.RightsOfAsync(bea);
        beas[Permission.ConversationHistory].ShouldBe(AccessLevel.All);
        beas.SourcesOf(Permission.ConversationHistory).Single().ShouldSatisfyAllConditions(
            s => s.Role.Name.ShouldBe("Readers"),
            s => s.Via.ShouldBe(HolderKind.Department),
            s => s.ViaName.ShouldBe("Sales"));
        (await Roles.RightsOfAsync(cy)).SourcesOf(Permission.ConversationHistory).Select(s => s.Via).ShouldBe([HolderKind.Employee, HolderKind.Group], ignoreOrder: true);

        (await Roles.RemoveHolderAsync(admin, id, HolderKind.Department, sales)).ShouldSucceed();
        (await Roles.RemoveHolderAsync(admin, id, HolderKind.Department, sales)).ShouldSucceed(); // no longer held: nothing to do
        (await Roles.RightsOfAsync(bea))[Permission.ConversationHistory].ShouldBe(AccessLevel.None);
    }

    [Fact]
    public async Task ARole_IsNotGivenToADismissedEmployee()
    {
        var admin = await AdminAsync();
        var bea = await EmployeeAsync("Bea");
        (await _app.Get<EmployeeService>().DismissAsync(bea, admin)).ShouldSucceed();

        var given = await Roles.AddHolderAsync(admin, await RoleIdAsync(RoleKind.Manager), HolderKind.Employee, bea);

        given.ShouldFail().ShouldBeOfType<InvalidInput>();
        (await Roles.SearchHoldersAsync("Bea")).ShouldBeEmpty();
    }

    [Fact]
    public async Task SomeoneWhoMayNotChangeAccessRights_IsRefusedEveryChange_AndCannotGiveThemselvesMore()
    {
        var admin = await AdminAsync();
        var bea = await EmployeeAsync("Bea");
        var director = await RoleIdAsync(RoleKind.Director);
        var administrator = await RoleIdAsync(RoleKind.Administrator);
        (await Roles.AddHolderAsync(admin, director, HolderKind.Employee, bea)).ShouldSucceed();
        var custom = (await Roles.CreateAsync(admin, "Supervisors")).ShouldSucceed();

        var attempts = new List<Result>
        {
            (await Roles.CreateAsync(bea, "Mine")).WithoutValue(),
            (await Roles.CopyAsync(bea, administrator, "Mine")).WithoutValue(),
            await Roles.RenameAsync(bea, custom, "Mine"),
            await Roles.DeleteAsync(bea, custom),
            await Roles.SaveLevelsAsync(bea, director, new Dictionary<Permission, AccessLevel> { [Permission.ChangeAccessRights] = AccessLevel.All }),
            await Roles.AddHolderAsync(bea, administrator, HolderKind.Employee, bea),
            await Roles.RemoveHolderAsync(bea, administrator, HolderKind.Employee, admin),
        };

        attempts.ShouldAllBe(a => a.Error is NotPermitted);
        (await Roles.RightsOfAsync(bea)).MayChangeAccessRights.ShouldBeFalse();
        (await Roles.ListAsync()).Select(r => r.Name).ShouldBe(["Administrator", "Director", "Manager", "Supervisors"]);
        (await Roles.RightsOfAsync(admin)).MayChangeAccessRights.ShouldBeTrue();
    }

    [Fact]
    public async Task EveryChange_IsInTheSecurityLog_ByIdsOnly_AndSoIsARefusal()
    {
        var admin = await AdminAsync();
        var bea = await EmployeeAsync("Bea");
        var id = (await Roles.CreateAsync(admin, "Secret name")).ShouldSucceed();
        await SaveLevelAsync(admin, id, Permission.ConversationList, AccessLevel.All);
        (await Roles.AddHolderAsync(admin, id, HolderKind.Employee, bea)).ShouldSucceed();
        (await Roles.RemoveHolderAsync(admin, id, HolderKind.Employee, bea)).ShouldSucceed();
        (await Roles.RenameAsync(admin, id, "Other secret")).ShouldSucceed();
        (await Roles.DeleteAsync(admin, id)).ShouldSucceed();
        (await Roles.CreateAsync(bea, "Mine")).ShouldFail();

        var security = _logs.Of(SecurityLog.Category).Where(e => e.EventId.Id is >= 1090 and < 1100).ToList();
        security.Select(e => e.EventId.Name).ShouldBe(
        [
            "AccessRoleCreated", "AccessRoleLevelsChanged", "AccessRoleGiven", "AccessRoleTaken", "AccessRoleRenamed",
            "AccessRoleDeleted", "AccessRightsChangeRefused",
        ]);
        security.Take(6).ShouldAllBe(e => (int?)e.Values["ActingEmployeeId"] == admin && (int?)e.Values["RoleId"] == id);
        security[1].Message.ShouldContain("ConversationList=All");
        security[^1].Values["ActingEmployeeId"].ShouldBe(bea);
        _logs.Entries.ShouldNotContain(e => e.Message.Contains("secret", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("Mine"));
    }

    [Fact]
    public async Task TheAdministratorRoleHeldInPerson_MovesTheAccountsAdministratorFlag_BothWays()
    {
        var admin = await AdminAsync();
        var bea = await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Bea", Email = "bea@example.test", Password = "agent-pass-1" });
        var administrator = await RoleIdAsync(RoleKind.Administrator);

        (await Roles.AddHolderAsync(admin, administrator, HolderKind.Employee, bea.Value)).ShouldSucceed();
        (await IsFlaggedAsync("bea@example.test")).ShouldBeTrue();
        (await _app.Get<EmployeeService>().ListAsync(null, false)).Single(e => e.Id == bea.Value).IsAdministrator.ShouldBeTrue();

        (await Roles.RemoveHolderAsync(admin, administrator, HolderKind.Employee, bea.Value)).ShouldSucceed();
        (await IsFlaggedAsync("bea@example.test")).ShouldBeFalse();
    }

    private async Task<bool> IsFlaggedAsync(string email)
    {
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, OpenChannels.Web.Identity.Roles.Administrator);
    }

    private async Task SaveLevelAsync(int actingEmployeeId, int roleId, Permission permission, AccessLevel level) =>
        (await Roles.SaveLevelsAsync(actingEmployeeId, roleId, new Dictionary<Permission, AccessLevel> { [permission] = level })).ShouldSucceed();

    private Task<int> AdminAsync() =>
        _app.QueryAsync(db => db.Users.Where(u => u.Email == TestApp.AdminEmail).Select(u => u.EmployeeId).SingleAsync());

    private Task<int> RoleIdAsync(RoleKind kind) => _app.QueryAsync(db => db.AccessRoles.Where(r => r.Kind == kind).Select(r => r.Id).SingleAsync());

    private async Task<int> DepartmentAsync(string name, int? parentId = null) =>
        (await _app.Get<DepartmentService>().CreateAsync(new DepartmentForm { Name = name, ParentId = parentId })).ShouldSucceed();

    private async Task<int> EmployeeAsync(string name, int? departmentId = null) =>
        (await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = name, Email = $"{name.ToLowerInvariant()}@example.test", DepartmentId = departmentId })).ShouldSucceed();
}
