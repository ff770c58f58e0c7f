using Microsoft.Playwright;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.AutomaticActions;
using OpenChannels.Web.Features.Scheduling;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>What a visitor sees of the automatic texts, in the widget. The test clock stands at 09:00 UTC.</summary>
public sealed class AutomaticTextsFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task OutsideHours_TheVisitorGetsTheOutOfHoursText_AndTheGreetingOnlyOnFirstContact()
    {
        var scenario = await Scenario.CreateAsync(App);
        var hours = App.Get<WorkingHoursService>();
        var schedule = (await hours.GetAsync(scenario.ChannelId))!;
        (schedule.Enabled, schedule.TimeZone, schedule.Opens, schedule.Closes, schedule.DaysOff) = (true, "Etc/UTC", TimeSpan.FromHours(10), TimeSpan.FromHours(18), []);
        (await hours.SaveAsync(scenario.ChannelId, schedule)).Succeeded.ShouldBeTrue();
        var actions = App.Get<AutomaticActionsService>();
        var automatic = (await actions.GetAsync(scenario.ChannelId))!;
        automatic.Greeting = GreetingMode.FirstContact;
        (await actions.SaveAsync(scenario.ChannelId, automatic)).Succeeded.ShouldBeTrue();

        await Page.GotoAsync($"/demo?key={scenario.Key}");
        await Page.Locator("[data-oc=launcher]").ClickAsync();
        await Page.Locator("[data-oc=input]").FillAsync("Are you open?");
        await Page.Locator("[data-oc=send]").ClickAsync();

        var system = Page.Locator("[data-oc=message][data-kind=system]");
        await Expect(system.Filter(new() { HasText = DefaultTexts.For(ChannelLanguage.English, DefaultText.Greeting) })).ToHaveCountAsync(1);
        await Expect(system.Filter(new() { HasText = DefaultTexts.For(ChannelLanguage.English, DefaultText.OutOfHours) })).ToHaveCountAsync(1);
        await Page.ScreenshotToArtifactsAsync("widget-out-of-hours");

        // A second conversation of the same visitor: no greeting again ("once").
        var conversation = await App.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Conversations.Select(c => c.Id)));
        await App.Get<OpenChannels.Web.Features.Conversations.MessengerService>().CloseAsync(scenario.Admin, conversation);
        await Page.Locator("[data-oc=input]").FillAsync("One more question");
        await Page.Locator("[data-oc=send]").ClickAsync();
        await Expect(system.Filter(new() { HasText = DefaultTexts.For(ChannelLanguage.English, DefaultText.OutOfHours) })).ToHaveCountAsync(2);
        await Expect(system.Filter(new() { HasText = DefaultTexts.For(ChannelLanguage.English, DefaultText.Greeting) })).ToHaveCountAsync(1);
    }
}
