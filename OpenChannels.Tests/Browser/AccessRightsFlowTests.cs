using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Domain.Access;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Shared;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>P-1, P-2, P-3 in the browser: the access-rights page under the open channels, as an administrator uses it.</summary>
public sealed class AccessRightsFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AnAdministrator_MakesARole_SetsALevel_GivesItToADepartment_AndSeesAMemberGetItFromThere()
    {
        var sales = (await App.Get<DepartmentService>().CreateAsync(new DepartmentForm { Name = "Sales" })).ShouldSucceed();
        (await App.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Bea", Email = "bea@example.test", Password = "agent-pass-1", DepartmentId = sales })).ShouldSucceed();

        // A conversation the administrator holds, which Bea (no role, not in its queue) cannot open yet.
        var scenario = await Scenario.CreateAsync(App, "Website");
        await (await WidgetVisitor.StartAsync(App, scenario.Key)).SayAsync("Where is my parcel?");
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        (await App.Get<OpenChannels.Web.Features.Conversations.MessengerService>().AcceptAsync(scenario.Admin, conversation)).ShouldSucceed();
        await using var beaContext = await NewContextAsync();
        var bea = await beaContext.NewPageAsync();
        await SignInAsync(bea, "bea@example.test", "agent-pass-1");
        await bea.GotoAsync($"/contact-center/{conversation}");
        await bea.WaitForInteractiveAsync();
        await Expect(bea.GetByText("This conversation is not available")).ToBeVisibleAsync();

        await SignInAsync(Page);
        await Page.GotoAsync("/open-channels");
        await Page.WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Access rights" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/open-channels/access-rights$"));
        var title = Page.GetByTestId("role-title");
        await Expect(title).ToHaveTextAsync("Administrator");

        await Page.GetByRole(AriaRole.Button, new() { Name = "New role" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.FillFieldAsync("Name", "Supervisors");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(title).ToHaveTextAsync("Supervisors");

        // A changed level is not lost by clicking another role: the page asks first.
        await Page.Locator("main").SelectOptionAsync(Page, "Conversation history", "Any");
        await Page.GetByTestId("roles").GetByText("Director").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Stay" }).ClickAsync();
        await Expect(title).ToHaveTextAsync("Supervisors");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Supervisors saved.")).ToBeVisibleAsync();
        (await App.QueryAsync(db => db.AccessRoles.SingleAsync(r => r.Name == "Supervisors"))).LevelOf(Permission.ConversationHistory).ShouldBe(AccessLevel.All);

        await Page.GetByLabel("Add holder").FillAsync("Sal");
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Sales" }).First.ClickAsync();
        await Expect(Page.GetByTestId("role-holders")).ToContainTextAsync("Sales");
        await Page.ScreenshotToArtifactsAsync("access-rights-roles");

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Effective rights" }).ClickAsync();
        await Page.GetByLabel("Employee", new() { Exact = true }).FillAsync("Be");
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Bea" }).First.ClickAsync();
        var history = Page.Locator("[data-permission='ConversationHistory']");
        await Expect(history).ToContainTextAsync("Any");
        await Expect(history).ToContainTextAsync("Supervisors (through department Sales)");
        await Expect(Page.Locator("[data-permission='ChangeAccessRights']")).ToContainTextAsync("No role gives more: the least level");
        await Page.ScreenshotToArtifactsAsync("access-rights-effective");

        // Bea, still signed in in her own browser, now reads the conversation — and only reads it: the role gives the
        // history, not joining, so she cannot take it over or answer.
        await bea.ReloadAsync();
        await bea.WaitForInteractiveAsync();
        await Expect(bea.GetByTestId("messages").GetByText("Where is my parcel?")).ToBeVisibleAsync();
        await Expect(bea.GetByRole(AriaRole.Button, new() { Name = "Take over" })).ToHaveCountAsync(0);
        await Expect(bea.GetByRole(AriaRole.Button, new() { Name = "Finish" })).ToHaveCountAsync(0);
        await Expect(bea.GetByTestId("read-only")).ToHaveTextAsync("You can read this conversation. Your access rights do not let you join it.");
        await Expect(bea.GetByTestId("composer")).ToHaveCountAsync(0);
        await bea.ScreenshotToArtifactsAsync("access-rights-member-reads");
    }

    [Fact]
    public async Task ADirector_SeesAnOpenChannelsSettings_ReadOnly_AndNoAccessRightsPage()
    {
        var scenario = await Scenario.CreateAsync(App, "Website");
        var dan = (await App.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Dan", Email = "dan@example.test", Password = "agent-pass-1" })).ShouldSucceed();
        await App.GiveRoleAsync(RoleKind.Director, HolderKind.Employee, dan);
        await SignInAsync(Page, "dan@example.test", "agent-pass-1");

        await Page.GotoAsync("/open-channels");
        await Page.WaitForInteractiveAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "New open channel" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Access rights" })).ToHaveCountAsync(0);
        await Page.GotoAsync($"/open-channels/{scenario.ChannelId}");
        await Page.WaitForInteractiveAsync();

        await Expect(Page.GetByTestId("read-only")).ToHaveTextAsync("Your access rights let you see this open channel's settings but not change them.");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Add connector" })).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Queue" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Save queue settings" })).ToBeDisabledAsync();
        await Page.ScreenshotToArtifactsAsync("access-rights-director-reads-channel");
    }

    [Fact]
    public async Task InFrench_ThePageAndThePredefinedRoles_SpeakFrench()
    {
        var userId = await App.QueryAsync(db => db.Users.Where(u => u.Email == TestApp.AdminEmail).Select(u => u.Id).SingleAsync());
        (await App.Get<UserPreferenceService>().SetLanguageAsync(userId, "fr")).ShouldSucceed();
        await SignInAsync(Page);

        await Page.GotoAsync("/open-channels/access-rights");
        await Page.WaitForInteractiveAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Droits d'accès" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("role-title")).ToHaveTextAsync("Administrateur");
        await Page.GetByTestId("roles").GetByText("Directeur général").ClickAsync();
        await Expect(Page.GetByTestId("role-title")).ToHaveTextAsync("Directeur général");
        await Page.ScreenshotToArtifactsAsync("fr-access-rights");
        var text = await Page.Locator("main").InnerTextAsync();
        string[] english = ["Access rights", "New role", "Roles", "Conversation", "Open channels", "Given to", "Add holder", "Personal", "Save", "Cancel"];
        english.Where(text.Contains).ShouldBeEmpty(text);
    }
}
