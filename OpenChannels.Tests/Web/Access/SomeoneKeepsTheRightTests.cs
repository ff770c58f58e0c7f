using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;

namespace OpenChannels.Tests.Web.Access;

/// <summary>
/// P-1 (decision 0013): someone can always repair the rights. No change leaves nobody (not dismissed) who may change
/// access rights — taking a role back, lowering it, deleting it, or taking its holder out of a group.
/// </summary>
public sealed class SomeoneKeepsTheRightTests : IDisposable
{
    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    private AccessRoleService Roles => _app.Get<AccessRoleService>();

    [Fact]
    public async Task TheOnlyAdministrator_CannotTakeTheRoleFromThemselves()
    {
        var admin = await AdminAsync();

        var taken = await Roles.RemoveHolderAsync(admin, await RoleIdAsync(RoleKind.Administrator), HolderKind.Employee, admin);

        taken.ShouldFail().ShouldBeOfType<NobodyLeftToChangeRights>();
        (await Roles.RightsOfAsync(admin)).MayChangeAccessRights.ShouldBeTrue();
    }

    [Fact]
    public async Task WhileAnotherAdministratorRemains_AnAdministratorMayGiveTheRightUp_AndIsThenRefused()
    {
        var admin = await AdminAsync();
        var administrator = await RoleIdAsync(RoleKind.Administrator);
        var bea = await EmployeeAsync("Bea");
        (await Roles.AddHolderAsync(admin, administrator, HolderKind.Employee, bea)).ShouldSucceed();

        (await Roles.RemoveHolderAsync(admin, administrator, HolderKind.Employee, admin)).ShouldSucceed();

        (await Roles.RightsOfAsync(admin)).MayChangeAccessRights.ShouldBeFalse();
        (await Roles.CreateAsync(admin, "Mine")).ShouldFail().ShouldBeOfType<NotPermitted>();
        (await Roles.RemoveHolderAsync(bea, administrator, HolderKind.Employee, bea)).ShouldFail().ShouldBeOfType<NobodyLeftToChangeRights>();
    }

    [Fact]
    public async Task ADismissedEmployee_DoesNotCount_AsSomeoneWhoKeepsTheRight()
    {
        var admin = await AdminAsync();
        var administrator = await RoleIdAsync(RoleKind.Administrator);
        var bea = await EmployeeAsync("Bea");
        (await Roles.AddHolderAsync(admin, administrator, HolderKind.Employee, bea)).ShouldSucceed();
        (await _app.Get<EmployeeService>().DismissAsync(bea, admin)).ShouldSucceed();

        var taken = await Roles.RemoveHolderAsync(admin, administrator, HolderKind.Employee, admin);

        taken.ShouldFail().ShouldBeOfType<NobodyLeftToChangeRights>();
    }

    [Fact]
    public async Task TheOnlyRoleThatGivesTheRight_CannotBeLowered_NorDeleted()
    {
        var admin = await AdminAsync();
        var keepers = await KeepersAsync(admin, HolderKind.Employee, admin);
        (await Roles.RemoveHolderAsync(admin, await RoleIdAsync(RoleKind.Administrator), HolderKind.Employee, admin)).ShouldSucceed();

        var lowered = await Roles.SaveLevelsAsync(admin, keepers, new Dictionary<Permission, AccessLevel> { [Permission.ChangeAccessRights] = AccessLevel.None });
        var deleted = await Roles.DeleteAsync(admin, keepers);

        lowered.ShouldFail().ShouldBeOfType<NobodyLeftToChangeRights>();
        deleted.ShouldFail().ShouldBeOfType<NobodyLeftToChangeRights>();
        (await Roles.ListAsync()).Single(r => r.Id == keepers).Levels[Permission.ChangeAccessRights].ShouldBe(AccessLevel.All);
        (await Roles.RightsOfAsync(admin)).MayChangeAccessRights.ShouldBeTrue();
    }

    [Fact]
    public async Task ARoleGivenToAParentDepartment_KeepsTheRightForASubDepartmentsMember_UntilTheyTakeItFromThatDepartment()
    {
        var admin = await AdminAsync();
        var company = await DepartmentAsync("Company", null);
        var sales = await DepartmentAsync("Sales", company);
        var bea = await EmployeeAsync("Bea", sales);
        var keepers = await KeepersAsync(admin, HolderKind.Department, company);

        // Bea, in a sub-department of Company, keeps the right: the administrator may give it up.
        (await Roles.RemoveHolderAsync(admin, await RoleIdAsync(RoleKind.Administrator), HolderKind.Employee, admin)).ShouldSucceed();
        var taken = await Roles.RemoveHolderAsync(bea, keepers, HolderKind.Department, company);

        taken.ShouldFail().ShouldBeOfType<NobodyLeftToChangeRights>();
        (await Roles.RightsOfAsync(bea)).SourcesOf(Permission.ChangeAccessRights).Single().ViaName.ShouldBe("Company");
    }

    [Fact]
    public async Task TakingTheLastHolderOutOfAGroup_OrDeletingTheGroup_IsRefused()
    {
        var admin = await AdminAsync();
        var groups = _app.Get<EmployeeGroupService>();
        var bea = await EmployeeAsync("Bea");
        var group = (await groups.CreateAsync("Keepers", [admin, bea])).ShouldSucceed();
        await KeepersAsync(admin, HolderKind.Group, group);
        (await Roles.RemoveHolderAsync(admin, await RoleIdAsync(RoleKind.Administrator), HolderKind.Employee, admin)).ShouldSucceed();

        (await groups.UpdateAsync(group, "Keepers", [bea])).ShouldSucceed();
        (await groups.UpdateAsync(group, "Keepers", [])).ShouldFail().ShouldBeOfType<NobodyLeftToChangeRights>();
        (await groups.DeleteAsync(group)).ShouldFail().ShouldBeOfType<NobodyLeftToChangeRights>();

        (await groups.ListAsync()).Single().MemberIds.ShouldBe([bea]);
    }

    /// <summary>A custom role that may change access rights, given to one holder.</summary>
    private async Task<int> KeepersAsync(int admin, HolderKind kind, int holderId)
    {
        var id = (await Roles.CreateAsync(admin, "Keepers")).ShouldSucceed();
        (await Roles.SaveLevelsAsync(admin, id, new Dictionary<Permission, AccessLevel> { [Permission.ChangeAccessRights] = AccessLevel.All })).ShouldSucceed();
        (await Roles.AddHolderAsync(admin, id, kind, holderId)).ShouldSucceed();
        return id;
    }

    [Fact]
    public async Task TheLastKeeperOfTheRight_CannotBeMovedOutOfTheDepartmentThatGivesIt_NorDismissed()
    {
        var admin = await AdminAsync();
        var office = await DepartmentAsync("Office", null);
        var sales = await DepartmentAsync("Sales", null);
        var dana = await EmployeeAsync("Dana", office);
        var keeper = (await Roles.CreateAsync(admin, "Keeper")).ShouldSucceed();
        (await Roles.SaveLevelsAsync(admin, keeper, new Dictionary<Permission, AccessLevel> { [Permission.ChangeAccessRights] = AccessLevel.All })).ShouldSucceed();
        (await Roles.AddHolderAsync(admin, keeper, HolderKind.Department, office)).ShouldSucceed();
        (await Roles.RemoveHolderAsync(dana, await RoleIdAsync(RoleKind.Administrator), HolderKind.Employee, admin)).ShouldSucceed();
        var employees = _app.Get<EmployeeService>();

        var moved = await employees.UpdateAsync(dana, new EmployeeForm { FirstName = "Dana", Email = "dana@example.test", DepartmentId = sales });

        moved.ShouldFail().ShouldBeOfType<NobodyLeftToChangeRights>();
        (await employees.DismissAsync(dana, admin)).ShouldFail().ShouldBeOfType<NobodyLeftToChangeRights>();
        (await _app.QueryAsync(db => db.Employees.SingleAsync(e => e.Id == dana))).ShouldSatisfyAllConditions(
            e => e.DepartmentId.ShouldBe(office),
            e => e.IsDismissed.ShouldBeFalse());
        (await employees.UpdateAsync(admin, new EmployeeForm { FirstName = "Ada", Email = TestApp.AdminEmail, DepartmentId = sales })).ShouldSucceed();
    }

    private Task<int> AdminAsync() =>
        _app.QueryAsync(db => db.Users.Where(u => u.Email == TestApp.AdminEmail).Select(u => u.EmployeeId).SingleAsync());

    private Task<int> RoleIdAsync(RoleKind kind) => _app.QueryAsync(db => db.AccessRoles.Where(r => r.Kind == kind).Select(r => r.Id).SingleAsync());

    private async Task<int> DepartmentAsync(string name, int? parentId) =>
        (await _app.Get<DepartmentService>().CreateAsync(new DepartmentForm { Name = name, ParentId = parentId })).ShouldSucceed();

    private async Task<int> EmployeeAsync(string name, int? departmentId = null) =>
        (await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = name, Email = $"{name.ToLowerInvariant()}@example.test", DepartmentId = departmentId })).ShouldSucceed();
}
