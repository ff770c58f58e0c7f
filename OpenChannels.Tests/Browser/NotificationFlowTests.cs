using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Kpi;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>
/// K-2 and the notification centre in the browser: a late answer raises the bell of the supervisor the KPI tab names,
/// live, and opening the notification opens the conversation.
/// </summary>
public sealed class NotificationFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ALateAnswer_RaisesTheSupervisorsBell_AndItsClickOpensTheConversation()
    {
        var scenario = await Scenario.CreateAsync(App, "Website", "Bea");
        var bea = await App.EmployeeIdAsync("bea@example.test");
        var kpi = App.Get<KpiSettingsService>();
        var form = (await kpi.GetAsync(scenario.ChannelId))!;
        (form.InitialMinutes, form.Notify, form.NotifyEmployeeIds, form.NotifyHolder) = (2, true, [scenario.Admin.EmployeeId], false);
        (await kpi.SaveAsync(scenario.ChannelId, form)).ShouldSucceed();
        var conversation = await scenario.ConversationAsync("Is my order on its way?", heldBy: bea);

        await SignInAsync(Page);
        await Page.GotoAsync("/");
        await Page.WaitForInteractiveAsync();
        var bell = Page.GetByRole(AriaRole.Button, new() { Name = "Notifications" });
        await Expect(bell).ToBeVisibleAsync();

        App.Clock.Advance(TimeSpan.FromMinutes(3));
        (await App.Get<LateResponses>().AnnounceAsync()).ShouldBe(1);

        var raised = Page.GetByRole(AriaRole.Button, new() { Name = "1 unread notification" });
        await Expect(raised).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("notification-count")).ToContainTextAsync("1");
        await raised.ClickAsync();
        var item = Page.GetByTestId("notification");
        await Expect(item).ToContainTextAsync($"The answer in conversation #{conversation} is late. Responsible: Bea.");
        await Expect(Page.Locator(".oc-notifications-popover")).ToHaveCSSAsync("opacity", "1");
        await Page.ScreenshotToArtifactsAsync("notification-bell");

        await item.Locator("button").First.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/contact-center/{conversation}$"));
        await Expect(Page.GetByText("Is my order on its way?").First).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("answer-clock")).ToHaveAttributeAsync("data-state", "late");
        await Page.ScreenshotToArtifactsAsync("answer-clock-late");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Notifications", Exact = true })).ToBeVisibleAsync();
        (await App.QueryAsync(db => db.Notifications.SingleAsync())).IsRead.ShouldBeTrue();
    }
}
