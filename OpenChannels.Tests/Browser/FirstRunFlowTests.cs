using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>The first day of an installation, as a person does it in Chromium against the app on a real port.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstRunFlowTests(BrowserFixture browser) : IAsyncLifetime
{
    private TestApp _app = default!;
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _app = new TestApp(bootstrapAdmin: false, kestrel: true);
        _app.StartServer();
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _app.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
        });
        _context.SetDefaultTimeout(15_000);
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _app.Dispose();
    }

    [Fact]
    public async Task FreshInstall_SetupCreateThingsSignOutAndIn_EverythingIsStillThere()
    {
        // A fresh database leads to the set-up page.
        await _page.GotoAsync("/");
        await Expect(_page).ToHaveURLAsync(new Regex("/setup$"));
        await _page.WaitForInteractiveAsync();
        await _page.ScreenshotToArtifactsAsync("01-setup");
        await _page.FillFieldAsync("First name", "Grace");
        await _page.FillFieldAsync("Last name", "Hopper");
        await _page.FillFieldAsync("E-mail", "grace@example.test");
        await _page.FillFieldAsync("Password", "grace-pass-1");
        await _page.FillFieldAsync("Repeat password", "grace-pass-1");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();

        // Signed in straight away, on the overview.
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Grace Hopper" })).ToBeVisibleAsync();
        await _page.WaitForInteractiveAsync();
        await _page.ScreenshotToArtifactsAsync("02-overview-fresh");

        await CreateDepartmentAsync("Support");
        await CreateEmployeeAsync("Lin", "Wu", "lin@example.test", department: "Support");
        await CreateOpenChannelAsync("Website chat");

        // Sign out from the user menu.
        await _page.GetByLabel("User menu").ClickAsync();
        await _page.ScreenshotToArtifactsAsync("06-user-menu");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(_page.GetByText("You have been signed out.")).ToBeVisibleAsync();
        await Expect(_page).ToHaveURLAsync(new Regex("/account/login"));

        // Sign in again: everything created is still there.
        await _page.WaitForInteractiveAsync();
        await _page.FillFieldAsync("E-mail", "grace@example.test");
        await _page.FillFieldAsync("Password", "grace-pass-1");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Grace Hopper" })).ToBeVisibleAsync();
        await Expect(_page.GetByText("1 of 1")).ToBeVisibleAsync();

        await _page.GotoAsync("/departments");
        await Expect(_page.GetByRole(AriaRole.Cell, new() { Name = "Support", Exact = true })).ToBeVisibleAsync();
        await _page.GotoAsync("/employees");
        var lin = _page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Lin Wu" });
        await Expect(lin).ToContainTextAsync("Support");
        await Expect(lin).ToContainTextAsync("lin@example.test");
        await _page.GotoAsync("/open-channels");
        await Expect(_page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Website chat" })).ToContainTextAsync("Active");
    }

    [Fact]
    public async Task SetupForm_ShowsWhatIsWrong_AndCreatesNothing()
    {
        await _page.GotoAsync("/setup");
        await _page.WaitForInteractiveAsync();
        await _page.FillFieldAsync("First name", "Grace");
        await _page.FillFieldAsync("E-mail", "not-an-email");
        await _page.FillFieldAsync("Password", "short");
        await _page.FillFieldAsync("Repeat password", "different");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();

        await Expect(_page.GetByText("'not-an-email' is not a valid e-mail address.")).ToBeVisibleAsync();
        await Expect(_page.GetByText("At least 10 characters, with a lowercase letter and a digit.").First).ToBeVisibleAsync();
        await Expect(_page.GetByText("The passwords differ.")).ToBeVisibleAsync();
        await _page.ScreenshotToArtifactsAsync("setup-validation");
        await Expect(_page).ToHaveURLAsync(new Regex("/setup$"));
    }

    private async Task CreateDepartmentAsync(string name)
    {
        await _page.GetByRole(AriaRole.Link, new() { Name = "Departments", Exact = true }).ClickAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "New department" }).ClickAsync();
        var dialog = _page.GetByRole(AriaRole.Dialog);
        await dialog.FillFieldAsync("Name", name);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(_page.GetByText("Department created.")).ToBeVisibleAsync();
        await Expect(_page.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true })).ToBeVisibleAsync();
    }

    private async Task CreateEmployeeAsync(string firstName, string lastName, string email, string department)
    {
        await _page.GetByRole(AriaRole.Link, new() { Name = "Employees", Exact = true }).ClickAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "New employee" }).ClickAsync();
        var dialog = _page.GetByRole(AriaRole.Dialog);
        await dialog.FillFieldAsync("First name", firstName);
        await dialog.FillFieldAsync("Last name", lastName);
        await dialog.FillFieldAsync("E-mail", email);
        await dialog.FillFieldAsync("Position", "Agent");
        await dialog.SelectOptionAsync(_page, "Department", department);
        await dialog.FillFieldAsync("Password", "agent-pass-1");
        await _page.ScreenshotToArtifactsAsync("03-employee-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(_page.GetByText("Employee created.")).ToBeVisibleAsync();
        await Expect(_page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"{firstName} {lastName}" })).ToContainTextAsync(department);
        await _page.ScreenshotToArtifactsAsync("04-employees");
    }

    private async Task CreateOpenChannelAsync(string name)
    {
        await _page.GetByRole(AriaRole.Link, new() { Name = "Open channels", Exact = true }).ClickAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "New open channel" }).ClickAsync();
        var dialog = _page.GetByRole(AriaRole.Dialog);
        await dialog.FillFieldAsync("Name", name);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(_page.GetByText("Open channel created.")).ToBeVisibleAsync();
        await Expect(_page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToBeVisibleAsync();
        await _page.ScreenshotToArtifactsAsync("05-open-channels");
    }
}
