using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>The first day of an installation, as a person does it in Chromium against the app on a real port.</summary>
public sealed class FirstRunFlowTests(BrowserFixture browser) : BrowserTest(browser, bootstrapAdmin: false)
{
    [Fact]
    public async Task FreshInstall_SetupCreateThingsSignOutAndIn_EverythingIsStillThere()
    {
        // A fresh database leads to the set-up page.
        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(new Regex("/setup$"));
        await Page.WaitForInteractiveAsync();
        await Page.ScreenshotToArtifactsAsync("01-setup");
        await Page.FillFieldAsync("First name", "Grace");
        await Page.FillFieldAsync("Last name", "Hopper");
        await Page.FillFieldAsync("E-mail", "grace@example.test");
        await Page.FillFieldAsync("Password", "grace-pass-1");
        await Page.FillFieldAsync("Repeat password", "grace-pass-1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();

        // Signed in straight away, on the overview.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Grace Hopper" })).ToBeVisibleAsync();
        await Page.WaitForInteractiveAsync();
        await Page.ScreenshotToArtifactsAsync("02-overview-fresh");

        await CreateDepartmentAsync("Support");
        await CreateEmployeeAsync("Lin", "Wu", "lin@example.test", department: "Support");
        await CreateOpenChannelAsync("Website chat");

        // Sign out from the user menu.
        await Page.GetByLabel("User menu").ClickAsync();
        await Page.ScreenshotToArtifactsAsync("06-user-menu");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page.GetByText("You have been signed out.")).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/account/login"));

        // Sign in again: everything created is still there.
        await Page.WaitForInteractiveAsync();
        await Page.FillFieldAsync("E-mail", "grace@example.test");
        await Page.FillFieldAsync("Password", "grace-pass-1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Grace Hopper" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("1 of 1")).ToBeVisibleAsync();

        await Page.GotoAsync("/departments");
        await Page.WaitForInteractiveAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Support", Exact = true })).ToBeVisibleAsync();
        await Page.GotoAsync("/employees");
        await Page.WaitForInteractiveAsync();
        var lin = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Lin Wu" });
        await Expect(lin).ToContainTextAsync("Support");
        await Expect(lin).ToContainTextAsync("lin@example.test");
        await Page.GotoAsync("/open-channels");
        await Page.WaitForInteractiveAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Website chat" })).ToContainTextAsync("Active");
    }

    [Fact]
    public async Task SetupForm_ShowsWhatIsWrong_AndCreatesNothing()
    {
        await Page.GotoAsync("/setup");
        await Page.WaitForInteractiveAsync();
        await Page.FillFieldAsync("First name", "Grace");
        await Page.FillFieldAsync("E-mail", "not-an-email");
        await Page.FillFieldAsync("Password", "short");
        await Page.FillFieldAsync("Repeat password", "different");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();

        await Expect(Page.GetByText("'not-an-email' is not a valid e-mail address.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("At least 12 characters, and not a common password.").First).ToBeVisibleAsync();
        await Expect(Page.GetByText("The passwords differ.")).ToBeVisibleAsync();
        await Page.ScreenshotToArtifactsAsync("setup-validation");
        await Expect(Page).ToHaveURLAsync(new Regex("/setup$"));
    }

    private async Task CreateDepartmentAsync(string name)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Departments", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "New department" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.FillFieldAsync("Name", name);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.GetByText("Department created.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true })).ToBeVisibleAsync();
    }

    private async Task CreateEmployeeAsync(string firstName, string lastName, string email, string department)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Employees", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "New employee" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.FillFieldAsync("First name", firstName);
        await dialog.FillFieldAsync("Last name", lastName);
        await dialog.FillFieldAsync("E-mail", email);
        await dialog.FillFieldAsync("Position", "Agent");
        await dialog.SelectOptionAsync(Page, "Department", department);
        await dialog.FillFieldAsync("Password", "agent-pass-1");
        await Page.ScreenshotToArtifactsAsync("03-employee-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.GetByText("Employee created.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"{firstName} {lastName}" })).ToContainTextAsync(department);
        await Page.ScreenshotToArtifactsAsync("04-employees");
    }

    private async Task CreateOpenChannelAsync(string name)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Open channels", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "New open channel" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.FillFieldAsync("Name", name);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.GetByText("Open channel created.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToBeVisibleAsync();
        await Page.ScreenshotToArtifactsAsync("05-open-channels");
    }
}
