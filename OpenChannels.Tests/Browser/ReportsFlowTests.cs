using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Kpi;
using OpenChannels.Web.Features.Rating;
using OpenChannels.Web.Features.Routing;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>
/// The reports page as a supervisor uses it: a few days of conversations in two channels, the charts of the last 30
/// days, a channel chosen, and a channel without conversations showing its empty state.
/// </summary>
public sealed class ReportsFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ASupervisor_SeesTheChartsOfTheLast30Days_AndFiltersByChannel()
    {
        var website = await Scenario.CreateAsync(App, "Website", "Bea", "Dan");
        var shop = await Scenario.CreateAsync(App, "Shop");
        await App.Get<OpenChannelService>().CreateAsync("Phone");
        var (bea, dan) = (await App.EmployeeIdAsync("bea@example.test"), await App.EmployeeIdAsync("dan@example.test"));
        (await App.Get<QueueSettingsService>().ReplaceQueueAsync(shop.ChannelId, [shop.Admin.EmployeeId, bea, dan])).ShouldSucceed();
        var rating = (await App.Get<RatingSettingsService>().GetAsync(website.ChannelId))!;
        (rating.AskClient, rating.AllowDuringConversation) = (true, true);
        (await App.Get<RatingSettingsService>().SaveAsync(website.ChannelId, rating)).ShouldSucceed();
        var kpi = (await App.Get<KpiSettingsService>().GetAsync(website.ChannelId))!;
        kpi.InitialMinutes = 1;
        (await App.Get<KpiSettingsService>().SaveAsync(website.ChannelId, kpi)).ShouldSucceed();

        var answers = new[] { 15, 40, 75, 200, 420, 1200, 25, 95 };
        for (var i = 0; i < answers.Length; i++)
        {
            // Only the website asks its clients to rate.
            var (key, agent, rated) = i % 3 == 2 ? (shop.Key, dan, null) : (website.Key, i % 2 == 0 ? bea : dan, i % 3 == 0 ? "like" : "dislike");
            var conversation = await AnsweredAsync(key, agent, answers[i], rated);
            if (i % 4 == 0)
            {
                (await App.Get<MessengerService>().RateAsync(website.Admin, conversation, 3 + (i / 4), null)).ShouldSucceed();
            }

            App.Clock.Advance(TimeSpan.FromHours(7));
        }

        await SignInAsync(Page);
        await Page.GotoAsync("/reports");
        await Page.WaitForInteractiveAsync();

        await Expect(Page.GetByTestId("report-volume")).ToContainTextAsync("8 conversations");
        foreach (var card in new[] { "report-volume", "report-first-response", "report-ratings", "report-hours" })
        {
            await Expect(Page.GetByTestId(card).Locator("svg").First).ToBeVisibleAsync();
        }

        await Expect(Page.GetByTestId("report-first-response")).ToContainTextAsync("8 answered conversations");
        // The website's six answers, three of them within its minute; the shop has no target.
        await Expect(Page.GetByTestId("within-target")).ToHaveTextAsync("50% within their channel's target");
        await Expect(Page.GetByTestId("agent-table").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(Page.GetByTestId("report-utc")).ToContainTextAsync("Shop, Website");
        await Page.ScreenshotToArtifactsAsync("reports");
        await Page.ShouldPassAxeAsync("/reports");

        // A shorter period, picked in the calendar: the conversations of 24 and 25 November.
        await Page.GetByTestId("report-period").First.ClickAsync();
        var days = Page.Locator(".mud-popover-open .mud-picker-calendar-day:not(.mud-hidden)");
        // The calendar shows October and November: the last of each number is November's.
        await days.GetByText("24", new() { Exact = true }).Last.ClickAsync();
        await days.GetByText("25", new() { Exact = true }).Last.ClickAsync();
        await Expect(Page.GetByTestId("report-volume")).ToContainTextAsync("5 conversations");

        await Page.Locator("body").SelectOptionAsync(Page, "Open channel", "Shop");
        await Expect(Page.GetByTestId("report-volume")).ToContainTextAsync("1 conversation");
        await Expect(Page.GetByTestId("within-target")).ToHaveTextAsync("No target set");
        await Page.Locator("body").SelectOptionAsync(Page, "Open channel", "Phone");
        await Expect(Page.GetByTestId("report-empty")).ToBeVisibleAsync();
        await Expect(Page.Locator(".mud-chart")).ToHaveCountAsync(0);
    }

    private async Task<int> AnsweredAsync(string key, int agent, int seconds, string? clientRating)
    {
        var before = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).ToListAsync());
        var visitor = await WidgetVisitor.StartAsync(App, key);
        await visitor.SayAsync("Hello, where is my parcel?");
        var id = await App.QueryAsync(db => db.Conversations.Where(c => !before.Contains(c.Id)).Select(c => c.Id).SingleAsync());
        var messenger = App.Get<MessengerService>();
        (await messenger.AcceptAsync(new Viewer(agent), id)).ShouldSucceed();
        App.Clock.Advance(TimeSpan.FromSeconds(seconds));
        (await messenger.SendAsync(new Viewer(agent), id, "It leaves today.", asNote: false)).ShouldSucceed();
        if (clientRating is not null)
        {
            (await visitor.RateAsync(id, clientRating)).EnsureSuccessStatusCode();
        }

        return id;
    }
}
