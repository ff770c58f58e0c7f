using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>P-3 in the browser: an administrator makes a group of employees from the Employees page, and changes it.</summary>
public sealed class GroupsFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AnAdministrator_MakesAGroupOfEmployees_RefusesATwin_AndRenamesIt()
    {
        await Scenario.CreateAsync(App, "Website", "Bea", "Cy");
        await SignInAsync(Page);
        await Page.GotoAsync("/employees");
        await Page.WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Groups" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/employees/groups$"));
        await Page.WaitForInteractiveAsync();
        await Expect(Page.GetByTestId("groups")).ToContainTextAsync("No groups yet.");

        await Page.GetByRole(AriaRole.Button, new() { Name = "New group" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name").FillAsync("Night shift");
        await dialog.SelectOptionAsync(Page, "Members", "Bea");
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Cy" }).First.ClickAsync();
        // Close the list of employees as a person does, clicking beside it (on the dialog's title), and make sure it
        // has closed before anything else is clicked: an open list would take the click.
        var title = (await dialog.GetByText("New group").BoundingBoxAsync())!;
        await Page.Mouse.ClickAsync(title.X + 2, title.Y + 2);
        await Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Expect(dialog.GetByLabel("Members")).ToHaveValueAsync("2 employees");
        await Page.ScreenshotToArtifactsAsync("group-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        var groups = Page.GetByTestId("groups");
        await Expect(groups).ToContainTextAsync("Night shift");
        await Expect(groups).ToContainTextAsync("Bea");
        await Expect(groups).ToContainTextAsync("Cy");
        await Page.ScreenshotToArtifactsAsync("groups");

        // A second group of the same name is refused in the dialog, which stays open with the reason.
        await Page.GetByRole(AriaRole.Button, new() { Name = "New group" }).ClickAsync();
        await dialog.GetByLabel("Name").FillAsync("Night shift");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(dialog.GetByTestId("form-error")).ToContainTextAsync("There is already a group named Night shift.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Edit Night shift" }).ClickAsync();
        await dialog.GetByLabel("Name").FillAsync("Weekend shift");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(groups).ToContainTextAsync("Weekend shift");
        (await App.QueryAsync(db => Task.FromResult(db.EmployeeGroups.Single().Name))).ShouldBe("Weekend shift");
    }
}
