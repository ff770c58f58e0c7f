using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;

namespace OpenChannels.Tests.Components;

public sealed class EmployeeDialogTests : ComponentTestBase
{
    [Fact]
    public async Task Save_WithABadEmailAndWeakPassword_ShowsBothMessagesAndSavesNothing()
    {
        var provider = await OpenAsync(employeeId: null);
        var inputs = provider.FindAll("input");
        await inputs[0].ChangeAsync(new() { Value = "Lin" });
        await provider.FindAll("input")[2].ChangeAsync(new() { Value = "lin@" });
        await provider.Find("input[type=password]").ChangeAsync(new() { Value = "short" });

        await provider.FindAll("button").First(b => b.TextContent.Contains("Save")).ClickAsync(new());

        provider.Markup.ShouldContain("'lin@' is not a valid e-mail address.");
        provider.Markup.ShouldContain("At least 12 characters, and not a common password.");
        (await App.Get<EmployeeService>().ListAsync("lin", true)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Edit_ShowsTheEmployeesVacationsAndPhotoSection()
    {
        var employees = App.Get<EmployeeService>();
        var id = (await employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test" })).Value;
        await employees.AddVacationAsync(id, new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 15));

        var provider = await OpenAsync(id);

        provider.WaitForAssertion(() => provider.Markup.ShouldContain("1 Aug 2027 – 15 Aug 2027"));
        provider.Markup.ShouldContain("Choose photo");
        provider.Find("input").GetAttribute("value").ShouldBe("Lin");
    }

    [Fact]
    public async Task New_TypedVacationDates_AreAddedWithEnter_AndSavedWithTheEmployee_InOneGo()
    {
        var provider = await OpenAsync(employeeId: null);
        await provider.FindAll("input")[0].ChangeAsync(new() { Value = "Lin" });
        await provider.FindAll("input")[2].ChangeAsync(new() { Value = "lin@example.test" });

        await provider.Find("input[data-testid=vacation-from]").InputAsync(new() { Value = "2027-08-01" });
        await provider.Find("input[data-testid=vacation-to]").InputAsync(new() { Value = "2027-08-15" });
        await provider.Find("input[data-testid=vacation-to]").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });

        provider.WaitForAssertion(() => provider.Find("[data-testid=vacations]").TextContent.ShouldContain("1 Aug 2027 – 15 Aug 2027"));
        await provider.FindAll("button").First(b => b.TextContent.Trim() == "Save").ClickAsync(new());

        var id = (await App.Get<EmployeeService>().ListAsync("lin", true)).ShouldHaveSingleItem().Id;
        (await App.Get<EmployeeService>().GetAsync(id))!.Vacations.Select(v => (v.StartsOn, v.EndsOn))
            .ShouldBe([(new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 15))]);
    }

    [Fact]
    public async Task AVacationWithOneDateMissing_SaysWhatIsMissing_InsteadOfAddingNothing()
    {
        var provider = await OpenAsync(employeeId: null);

        await provider.Find("input[data-testid=vacation-from]").InputAsync(new() { Value = "2027-08-01" });
        await provider.Find("[data-testid=add-vacation]").ClickAsync(new());

        provider.Find("[data-testid=vacation-hint]").TextContent.ShouldBe("Enter both dates: type them or pick them from the calendar.");
        provider.Markup.ShouldContain("No vacations planned.");
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(int? employeeId)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = (IDialogService)Services.GetService(typeof(IDialogService))!;
        var parameters = new DialogParameters<EmployeeDialog> { { d => d.EmployeeId, employeeId } };
        await provider.InvokeAsync(() => dialogs.ShowAsync<EmployeeDialog>("Employee", parameters));
        return provider;
    }
}
