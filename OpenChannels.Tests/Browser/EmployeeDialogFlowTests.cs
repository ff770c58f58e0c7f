using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>An administrator adds an employee with a photo and vacations in one go, typing the dates.</summary>
public sealed class EmployeeDialogFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly byte[] Png = TestImages.Png;

    [Fact]
    public async Task ANewEmployee_GetsAPhotoAndATypedVacation_BeforeTheFirstSave()
    {
        await SignInAsync(Page);
        await Page.GotoAsync("/employees");
        await Page.WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "New employee" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("First name").FillAsync("Lin");
        await dialog.GetByLabel("E-mail").FillAsync("lin@example.test");
        await dialog.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "lin.png", MimeType = "image/png", Buffer = Png });
        await Expect(dialog.GetByRole(AriaRole.Img, new() { Name = "The chosen photo" })).ToBeVisibleAsync();

        // Typed, not picked; Enter adds it.
        await dialog.GetByTestId("vacation-from").PressSequentiallyAsync("08012027");
        await dialog.GetByTestId("vacation-to").PressSequentiallyAsync("08152027");
        await dialog.GetByTestId("vacation-to").PressAsync("Enter");
        await Expect(dialog.GetByTestId("vacations")).ToContainTextAsync("1 Aug 2027 – 15 Aug 2027");
        await Page.ScreenshotToArtifactsAsync("employee-dialog-in-one-go");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        var lin = (await App.Get<EmployeeService>().ListAsync("lin", true)).ShouldHaveSingleItem();
        var details = (await App.Get<EmployeeService>().GetAsync(lin.Id))!;
        details.HasPhoto.ShouldBeTrue();
        details.Vacations.ShouldHaveSingleItem().StartsOn.ShouldBe(new DateOnly(2027, 8, 1));
    }
}
