using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;

namespace OpenChannels.Tests.Web.Access;

/// <summary>P-3: who holds which role — by name, through a department (sub-departments included) or a group.</summary>
public sealed class AccessRightsServiceTests : IDisposable
{
    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    private AccessRightsService Rights => _app.Get<AccessRightsService>();

    [Fact]
    public async Task TheFirstAdministrator_HoldsTheAdministratorRole()
    {
        var adminId = await _app.QueryAsync(db => db.Users.Where(u => u.Email == TestApp.AdminEmail).Select(u => u.EmployeeId).SingleAsync());

        var rights = await Rights.RightsOfAsync(adminId);

        rights.MayChangeAccessRights.ShouldBeTrue();
        rights[Permission.ConversationHistory].ShouldBe(AccessLevel.All);
        rights.SourcesOf(Permission.ModifyOpenChannels).Single().ShouldSatisfyAllConditions(
            source => source.Role.Kind.ShouldBe(RoleKind.Administrator),
            source => source.Via.ShouldBe(HolderKind.Employee));
    }

    [Fact]
    public async Task ARoleGivenToADepartment_ReachesTheMembersOfItsSubDepartments_NotOfItsParentOrSiblings()
    {
        var departments = _app.Get<DepartmentService>();
        var company = (await departments.CreateAsync(new DepartmentForm { Name = "Company" })).Value;
        var sales = (await departments.CreateAsync(new DepartmentForm { Name = "Sales", ParentId = company })).Value;
        var export = (await departments.CreateAsync(new DepartmentForm { Name = "Export", ParentId = sales })).Value;
        var support = (await departments.CreateAsync(new DepartmentForm { Name = "Support", ParentId = company })).Value;
        var bea = await EmployeeAsync("Bea", export);
        var cy = await EmployeeAsync("Cy", company);
        var dan = await EmployeeAsync("Dan", support);
        var eve = await EmployeeAsync("Eve", departmentId: null);
        await GiveAsync(RoleKind.Director, HolderKind.Department, sales);

        var beas = await Rights.RightsOfAsync(bea);
        beas[Permission.ConversationHistory].ShouldBe(AccessLevel.All);
        beas.SourcesOf(Permission.ConversationHistory).Single().ViaName.ShouldBe("Sales");
        foreach (var other in new[] { cy, dan, eve })
        {
            (await Rights.RightsOfAsync(other))[Permission.ConversationHistory].ShouldBe(AccessLevel.None);
        }
    }

    [Fact]
    public async Task ARoleGivenToAGroup_ReachesItsMembers_AndTheMostPermissiveLevelWins()
    {
        var bea = await EmployeeAsync("Bea", departmentId: null);
        var cy = await EmployeeAsync("Cy", departmentId: null);
        var groupId = await WriteAsync(async db =>
        {
            var group = new EmployeeGroup("Supervisors", [bea]);
            db.EmployeeGroups.Add(group);
            await db.SaveChangesAsync();
            return group.Id;
        });
        await GiveAsync(RoleKind.Manager, HolderKind.Employee, bea);
        await GiveAsync(RoleKind.Director, HolderKind.Group, groupId);

        var beas = await Rights.RightsOfAsync(bea);

        beas[Permission.ConversationList].ShouldBe(AccessLevel.All);
        beas.SourcesOf(Permission.ConversationList).Single().ShouldSatisfyAllConditions(
            source => source.Via.ShouldBe(HolderKind.Group),
            source => source.ViaName.ShouldBe("Supervisors"));
        (await Rights.RightsOfAsync(cy))[Permission.ConversationList].ShouldBe(AccessLevel.None);
    }

    [Fact]
    public async Task MakingSomeoneAnAdministrator_GivesTheRole_AndTakingItBack_RemovesIt()
    {
        var employees = _app.Get<EmployeeService>();
        var form = new EmployeeForm { FirstName = "Bea", Email = "bea@example.test", Password = "agent-pass-1-long", IsAdministrator = true };
        var bea = (await employees.CreateAsync(form)).Value;
        (await Rights.RightsOfAsync(bea)).MayChangeAccessRights.ShouldBeTrue();

        form.IsAdministrator = false;
        form.Password = null;
        (await employees.UpdateAsync(bea, form)).Succeeded.ShouldBeTrue();

        (await Rights.RightsOfAsync(bea)).MayChangeAccessRights.ShouldBeFalse();
    }

    [Fact]
    public async Task DeletingADepartment_TakesTheRolesGivenToIt()
    {
        var departments = _app.Get<DepartmentService>();
        var sales = (await departments.CreateAsync(new DepartmentForm { Name = "Sales" })).Value;
        await GiveAsync(RoleKind.Director, HolderKind.Department, sales);

        (await departments.DeleteAsync(sales)).Succeeded.ShouldBeTrue();

        (await _app.QueryAsync(db => db.AccessRoleHolders.CountAsync(h => h.Kind == HolderKind.Department))).ShouldBe(0);
    }

    private async Task<int> EmployeeAsync(string name, int? departmentId) =>
        (await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = name, Email = $"{name.ToLowerInvariant()}@example.test", DepartmentId = departmentId })).Value;

    private Task GiveAsync(RoleKind kind, HolderKind via, int holderId) => WriteAsync(async db =>
    {
        var roleId = await db.AccessRoles.Where(r => r.Kind == kind).Select(r => r.Id).SingleAsync();
        db.AccessRoleHolders.Add(new RoleHolder(roleId, via, holderId));
        await db.SaveChangesAsync();
        return roleId;
    });

    private async Task<T> WriteAsync<T>(Func<OpenChannelsDbContext, Task<T>> write)
    {
        await using var db = await _app.Get<IDbContextFactory<OpenChannelsDbContext>>().CreateDbContextAsync();
        return await write(db);
    }
}
