using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Employees;

public sealed class EmployeeServiceTests : IDisposable
{
    private static readonly byte[] Png = TestImages.Png;

    private readonly TestApp _app = new();

    private EmployeeService Employees => _app.Get<EmployeeService>();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Create_WithPassword_GivesTheEmployeeASignIn()
    {
        var created = await Employees.CreateAsync(new EmployeeForm { FirstName = "Lin", LastName = "Wu", Email = "Lin@Example.test", Password = "lin-pass-123" });

        created.Succeeded.ShouldBeTrue();
        (await _app.Get<AccountService>().CheckPasswordAsync("lin@example.test", "lin-pass-123")).Succeeded.ShouldBeTrue();
        var row = (await Employees.ListAsync("wu", includeDismissed: false)).ShouldHaveSingleItem();
        row.CanSignIn.ShouldBeTrue();
        row.IsAdministrator.ShouldBeFalse();
    }

    [Fact]
    public async Task Create_WithVacationsAndAPhoto_SavesThemAllInOneGo()
    {
        var created = await Employees.CreateAsync(new EmployeeForm
        {
            FirstName = "Lin",
            Email = "lin@example.test",
            Vacations = [new VacationDraft(null, new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 15)), new VacationDraft(null, new DateOnly(2027, 12, 24), new DateOnly(2027, 12, 31))],
            NewPhoto = Png,
        });

        var details = (await Employees.GetAsync(created.ShouldSucceed()))!;
        details.HasPhoto.ShouldBeTrue();
        details.Vacations.Select(v => v.StartsOn).ShouldBe([new DateOnly(2027, 8, 1), new DateOnly(2027, 12, 24)]);
    }

    [Fact]
    public async Task Create_WithOverlappingVacations_WritesNothing_AndLeavesNoPhotoBehind()
    {
        var created = await Employees.CreateAsync(new EmployeeForm
        {
            FirstName = "Lin",
            Email = "lin@example.test",
            Vacations = [new VacationDraft(null, new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 15)), new VacationDraft(null, new DateOnly(2027, 8, 10), new DateOnly(2027, 8, 20))],
            NewPhoto = Png,
        });

        created.Error.ShouldBeOfType<InvalidInput>().Message.ShouldBe("It overlaps the vacation 2027-08-01 – 2027-08-15.");
        (await _app.QueryAsync(db => db.Employees.CountAsync(e => e.Email == "lin@example.test"))).ShouldBe(0);
        var photos = Path.Combine(_app.DataDirectory, "photos");
        (Directory.Exists(photos) ? Directory.GetFiles(photos) : []).ShouldBeEmpty();
    }

    [Fact]
    public async Task Update_KeepsTheListedVacations_DropsTheOthers_AndAddsTheNew()
    {
        var id = (await Employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test" })).Value;
        await Employees.AddVacationAsync(id, new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 15));
        await Employees.AddVacationAsync(id, new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 5));
        var details = (await Employees.GetAsync(id))!;
        var form = details.Form;
        form.Vacations = [new VacationDraft(details.Vacations[0].Id, details.Vacations[0].StartsOn, details.Vacations[0].EndsOn), new VacationDraft(null, new DateOnly(2027, 12, 24), new DateOnly(2027, 12, 31))];

        (await Employees.UpdateAsync(id, form)).ShouldSucceed();

        (await Employees.GetAsync(id))!.Vacations.Select(v => v.StartsOn).ShouldBe([new DateOnly(2027, 8, 1), new DateOnly(2027, 12, 24)]);
    }

    [Fact]
    public async Task Create_WithAWeakPassword_WritesNeitherEmployeeNorAccount()
    {
        var created = await Employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test", Password = "weak" });

        created.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("Password");
        (await _app.QueryAsync(db => db.Employees.CountAsync(e => e.Email == "lin@example.test"))).ShouldBe(0);
    }

    [Fact]
    public async Task Create_WithAnEmailInUse_IsRefused()
    {
        var created = await Employees.CreateAsync(new EmployeeForm { FirstName = "Other", Email = TestApp.AdminEmail.ToUpperInvariant() });

        created.ShouldFail().Message.ShouldBe($"Another employee already uses {TestApp.AdminEmail}.");
    }

    [Fact]
    public async Task Create_InAMissingDepartment_IsRefused()
    {
        var created = await Employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test", DepartmentId = 999 });

        created.Error.ShouldBeOfType<NotFound>();
    }

    [Fact]
    public async Task Update_ChangingTheEmail_ChangesTheSignIn()
    {
        var id = (await Employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test", Password = "lin-pass-123" })).Value;
        var form = (await Employees.GetAsync(id))!.Form;
        form.Email = "lin.wu@example.test";

        (await Employees.UpdateAsync(id, form)).Succeeded.ShouldBeTrue();

        (await _app.Get<AccountService>().CheckPasswordAsync("lin.wu@example.test", "lin-pass-123")).Succeeded.ShouldBeTrue();
        (await _app.Get<AccountService>().CheckPasswordAsync("lin@example.test", "lin-pass-123")).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task Update_WithAWeakNewPassword_ChangesNothing()
    {
        var id = (await Employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test", Password = "lin-pass-123" })).Value;
        var form = (await Employees.GetAsync(id))!.Form;
        form.FirstName = "Renamed";
        form.Password = "weak";

        (await Employees.UpdateAsync(id, form)).Error.ShouldBeOfType<InvalidInput>();

        (await Employees.GetAsync(id))!.Form.FirstName.ShouldBe("Lin");
    }

    [Fact]
    public async Task Update_RemovingTheLastAdministrator_IsRefused()
    {
        var adminId = await _app.QueryAsync(db => db.Users.Select(u => u.EmployeeId).SingleAsync());
        var form = (await Employees.GetAsync(adminId))!.Form;
        form.IsAdministrator = false;

        (await Employees.UpdateAsync(adminId, form)).ShouldFail().Message.ShouldBe("At least one administrator must remain.");
        (await Employees.GetAsync(adminId))!.Form.IsAdministrator.ShouldBeTrue();
    }

    [Fact]
    public async Task Update_MakingSomeoneAdministratorWithoutPassword_AsksForOne()
    {
        var id = (await Employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test" })).Value;
        var form = (await Employees.GetAsync(id))!.Form;
        form.IsAdministrator = true;

        (await Employees.UpdateAsync(id, form)).ShouldFail().Message.ShouldBe("Give an administrator a password to sign in with.");
    }

    [Fact]
    public async Task Dismiss_Yourself_IsRefused()
    {
        var adminId = await _app.QueryAsync(db => db.Users.Select(u => u.EmployeeId).SingleAsync());

        (await Employees.DismissAsync(adminId, actingEmployeeId: adminId)).ShouldFail().Message.ShouldBe("You cannot dismiss yourself.");
    }

    [Fact]
    public async Task List_HidesDismissedUnlessAsked_AndShowsVacationToday()
    {
        var id = (await Employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test" })).Value;
        var today = DateOnly.FromDateTime(_app.Clock.GetLocalNow().DateTime);
        (await Employees.AddVacationAsync(id, today, today.AddDays(3))).Succeeded.ShouldBeTrue();
        (await Employees.ListAsync("lin", false)).ShouldHaveSingleItem().IsOnVacationToday.ShouldBeTrue();

        await Employees.DismissAsync(id, actingEmployeeId: null);

        (await Employees.ListAsync("lin", includeDismissed: false)).ShouldBeEmpty();
        (await Employees.ListAsync("lin", includeDismissed: true)).ShouldHaveSingleItem().IsDismissed.ShouldBeTrue();
    }

    [Fact]
    public async Task Search_TreatsWildcardsAsText()
    {
        await Employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test", Position = "100% support" });

        (await Employees.ListAsync("100%", false)).ShouldHaveSingleItem();
        (await Employees.ListAsync("_", false)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Vacations_PersistAndCanBeRemoved()
    {
        var id = (await Employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test" })).Value;
        await Employees.AddVacationAsync(id, new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 5));
        (await Employees.AddVacationAsync(id, new DateOnly(2027, 1, 5), new DateOnly(2027, 1, 9))).Error.ShouldBeOfType<InvalidInput>();

        var vacation = (await Employees.GetAsync(id))!.Vacations.ShouldHaveSingleItem();
        (await Employees.RemoveVacationAsync(id, vacation.Id)).Succeeded.ShouldBeTrue();

        (await Employees.GetAsync(id))!.Vacations.ShouldBeEmpty();
    }

    [Fact]
    public async Task Department_KnowsItsMembers()
    {
        var department = (await _app.Get<DepartmentService>().CreateAsync(new DepartmentForm { Name = "Support" })).Value;
        await Employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test", DepartmentId = department });

        (await _app.Get<DepartmentService>().ListAsync()).ShouldHaveSingleItem().MemberCount.ShouldBe(1);
        (await Employees.ListAsync("lin", false)).ShouldHaveSingleItem().Department.ShouldBe("Support");
    }
}
