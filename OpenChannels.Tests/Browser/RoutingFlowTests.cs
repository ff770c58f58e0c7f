using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>Timed routing as agents see it, driven through the Testing environment's clock and sweep endpoints.</summary>
public sealed class RoutingFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task InOrder_FirstAgentDoesNotAccept_TheOfferMovesToTheNext_LiveOnBothScreens()
    {
        var scenario = await Scenario.CreateAsync(App, "Website", "Bea");
        await scenario.ConfigureQueueAsync(form =>
        {
            form.Mode = DistributionMode.StrictlyInOrder;
            form.IdleMinutes = 1;
        });

        // Both agents open the Contact center: their tabs make them online.
        await SignInAsync(Page);
        await Page.GotoAsync("/contact-center");
        await Page.WaitForInteractiveAsync();
        await using var beaContext = await NewContextAsync();
        var bea = await beaContext.NewPageAsync();
        await SignInAsync(bea, "bea@example.test", "agent-pass-1");
        await bea.GotoAsync("/contact-center");
        await bea.WaitForInteractiveAsync();
        await Expect(Page.GetByTestId("presence")).ToHaveAttributeAsync("aria-label", "Online");

        var visitor = await WidgetVisitor.StartAsync(App, scenario.Key);
        await visitor.SayAsync("Hello, is anyone there?");

        // Ada is first in the queue: it is offered to her.
        await Page.Locator("[data-conversation]").First.ClickAsync();
        await Expect(Page.GetByText("Offered to you")).ToBeVisibleAsync();
        await Page.ScreenshotToArtifactsAsync("routing-offered");

        // She does not accept within the idle time; the sweep passes it to Bea.
        var http = App.CreateClient();
        (await http.PostAsync("/testing/clock/advance?seconds=61", null)).EnsureSuccessStatusCode();
        (await http.PostAsync("/testing/sweeps/idle", null)).EnsureSuccessStatusCode();

        await Expect(bea.Locator("[data-section=Unanswered] [data-conversation]")).ToHaveCountAsync(1);
        await Expect(Page.GetByTestId("status")).ToHaveTextAsync("Offered to Bea, not accepted yet");
        await bea.Locator("[data-conversation]").First.ClickAsync();
        await bea.GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();
        await Expect(bea.GetByTestId("status")).ToHaveTextAsync("With Bea, not answered yet");

        // The supervisor reads why.
        await Page.GetByLabel("Conversation menu").ClickAsync();
        await Page.GetByText("Assignment audit").ClickAsync();
        var audit = Page.GetByTestId("routing-audit");
        await Expect(audit).ToContainTextAsync("Not accepted in time · offered to Bea");
        await Expect(audit).ToContainTextAsync("Skipped: did not accept in time");
        await Page.ScreenshotToArtifactsAsync("routing-audit");
        var trail = await App.QueryAsync(db => db.RoutingAudit.OrderBy(a => a.Id).Select(a => a.Trigger).ToListAsync());
        trail.ShouldBe([RoutingTrigger.NewConversation, RoutingTrigger.IdleTimeElapsed]);
    }
}
