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
        (await App.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Bea", Email = "bea@example.test", DepartmentId = sales })).ShouldSucceed();
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
