using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>
/// The core flow (issue: live chat and messenger): a visitor on a website writes in the widget, an agent answers
/// from the Contact center, in two separate browsers, with no reload anywhere.
/// </summary>
public sealed class LiveChatFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Xss = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script>";

    private static readonly byte[] Png = TestImages.Png;

    [Fact]
    public async Task VisitorAndAgent_TalkInRealTime_FilesBothWays_NotesStayInternal()
    {
        var scenario = await Scenario.CreateAsync(App);
        await SignInAsync(Page);
        await Page.GotoAsync("/contact-center");
        await Page.WaitForInteractiveAsync();

        await using var visitorContext = await NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"/demo?key={scenario.Key}");
        await visitor.Locator("[data-oc=launcher]").ClickAsync();
        await visitor.Locator("[data-oc=input]").FillAsync($"Hello, I need help {Xss}");
        await visitor.Locator("[data-oc=send]").ClickAsync();

        // The agent's list shows it without a reload (how fast is measured in the benchmarks, not here).
        var row = Page.Locator("[data-conversation]").First;
        await Expect(row).ToContainTextAsync("Hello, I need help");
        await row.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/contact-center/\\d+$"));
        var clientMessage = Page.Locator("[data-kind=client] [data-testid=message-text]").First;
        await Expect(clientMessage).ToHaveTextAsync($"Hello, I need help {Xss}");
        (await Page.Locator("[data-testid=messages] img[src=x]").CountAsync()).ShouldBe(0);

        // The agent replies with Enter; the visitor sees it.
        await Page.GetByTestId("composer").FillAsync("Hi! I am Ada. How can I help?");
        await Page.GetByTestId("composer").PressAsync("Enter");
        await Expect(visitor.Locator("[data-oc=message][data-kind=agent]").Last).ToContainTextAsync("How can I help?");

        // An internal note: the agent sees it, the visitor never does.
        await Page.GetByText("Internal note", new() { Exact = true }).ClickAsync();
        await Page.GetByTestId("composer").FillAsync("Secret: VIP customer");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Expect(Page.Locator("[data-kind=note]")).ToContainTextAsync("Secret: VIP customer");
        await Page.GetByText("Internal note", new() { Exact = true }).ClickAsync();

        // A file from the visitor reaches the agent as an image.
        await visitor.Locator("[data-oc=file-input]").SetInputFilesAsync(new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = Png });
        await Expect(Page.Locator("[data-kind=client] img.oc-message__image")).ToBeVisibleAsync();

        // A file from the agent reaches the visitor.
        await Page.Locator(".oc-composer input[type=file]").SetInputFilesAsync(new FilePayload { Name = "answer.png", MimeType = "image/png", Buffer = Png });
        await Expect(visitor.Locator("[data-oc=message][data-kind=agent] img")).ToBeVisibleAsync();

        // A last reply: once the visitor has it, everything sent before it has been delivered too.
        await Page.GetByTestId("composer").FillAsync("Anything else?");
        await Page.GetByTestId("composer").PressAsync("Enter");
        await Expect(visitor.Locator("[data-oc=message][data-kind=agent]").Last).ToContainTextAsync("Anything else?");
        (await visitor.Locator("[data-oc=messages]").InnerTextAsync()).ShouldNotContain("VIP");
        (await visitor.EvaluateAsync<object?>("window.__xss")).ShouldBeNull();
        (await Page.EvaluateAsync<object?>("window.__xss")).ShouldBeNull();
        await Expect(visitor.Locator("[data-oc=message][data-kind=client] [data-oc=text]").First).ToContainTextAsync("<script>");

        await Page.ScreenshotToArtifactsAsync("contact-center-conversation");
        await visitor.ScreenshotToArtifactsAsync("widget-conversation");

        // History survives a reload of the visitor's page.
        await visitor.ReloadAsync();
        await visitor.Locator("[data-oc=launcher]").WaitForAsync();
        if (!await visitor.Locator("[data-oc=window]").IsVisibleAsync())
        {
            await visitor.Locator("[data-oc=launcher]").ClickAsync();
        }

        await Expect(visitor.Locator("[data-oc=message][data-kind=agent]").Last).ToContainTextAsync("Anything else?");
    }

    [Fact]
    public async Task TwoAgents_AcceptAtOnce_OneGetsItTheOtherIsTold()
    {
        var scenario = await Scenario.CreateAsync(App, "Website", "Bea");

        // Both supervise every conversation, so both screens still show it once the other has it.
        var beaId = await App.QueryAsync(db => db.Users.Where(u => u.Email == "bea@example.test").Select(u => u.EmployeeId).SingleAsync());
        await App.GiveRoleAsync(OpenChannels.Domain.Access.RoleKind.Director, OpenChannels.Domain.Access.HolderKind.Employee, beaId);
        var visitor = await App.CreateClient().PostAsJsonAsync($"/api/widget/{scenario.Key}/sessions", new { });
        var token = (await visitor.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["token"];
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Client-Token", token);
        (await client.PostAsJsonAsync($"/api/widget/{scenario.Key}/messages", new { id = "m1", text = "Anyone there?" })).EnsureSuccessStatusCode();

        await SignInAsync(Page);
        await using var beaContext = await NewContextAsync();
        var bea = await beaContext.NewPageAsync();
        await SignInAsync(bea, "bea@example.test", "agent-pass-1");
        var conversationId = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        foreach (var page in new[] { Page, bea })
        {
            await page.GotoAsync($"/contact-center/{conversationId}");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true })).ToBeVisibleAsync();
        }

        // Whoever the server let win, both screens agree on it, live.
        // Both buttons are pressed at the same moment (as DOM clicks, before either screen can refresh).
        await Task.WhenAll(
            Page.GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).EvaluateAsync("b => b.click()"),
            bea.GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).EvaluateAsync("b => b.click()"));
        await Expect(Page.GetByTestId("status")).Not.ToHaveTextAsync("Unanswered, not taken yet");
        var holder = await App.QueryAsync(db => db.Conversations.Join(db.Employees, c => c.AssignedEmployeeId, e => e.Id, (_, e) => e.FirstName).SingleAsync());
        holder.ShouldBeOneOf("Ada", "Bea");
        foreach (var page in new[] { Page, bea })
        {
            await Expect(page.GetByTestId("status")).ToHaveTextAsync($"With {holder}, not answered yet");
        }

        var loser = holder == "Ada" ? bea : Page;
        await Expect(loser.GetByRole(AriaRole.Button, new() { Name = "Take over" })).ToBeVisibleAsync();
        await loser.ScreenshotToArtifactsAsync("taken-by-colleague");
    }
}
