using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

public sealed class GeneralSettingsTabTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task DeletingAChannel_NamesHowManyConversationsGo_AndKeepsTheConnector()
    {
        var scenario = await Scenario.CreateAsync(App);
        for (var i = 0; i < 2; i++)
        {
            await (await WidgetVisitor.StartAsync(App, scenario.Key)).SayAsync($"Hello {i}");
        }

        await SignInAsync(Page);
        await OpenChannelTabAsync(scenario.ChannelId, "Other");
        await Expect(Page.GetByText("Its 2 conversation(s) are deleted with it")).ToBeVisibleAsync();
        await Page.ScreenshotToArtifactsAsync("channel-other");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete channel" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete 2 conversation(s)" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/open-channels$"));
        await Expect(Page.GetByText("Website deleted with 2 conversation(s).")).ToBeVisibleAsync();
        (await App.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(0);
        (await App.QueryAsync(db => db.Connectors.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task O2_TurningTheChannelOff_LetsTheAdminWordTheNotice_AndTheLiveChatShowsIt()
    {
        var scenario = await Scenario.CreateAsync(App);
        await SignInAsync(Page);
        await OpenChannelTabAsync(scenario.ChannelId, "Other");
        await Page.GetByRole(AriaRole.Tabpanel).GetByText("Active", new() { Exact = true }).ClickAsync();
        var notice = Page.GetByTestId("unavailable-text");
        await Expect(notice).ToBeVisibleAsync();
        await notice.FillAsync("We are moving offices — leave a message, we answer on Monday.");
        await Page.ScreenshotToArtifactsAsync("channel-other-inactive");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Inactive", new() { Exact = true }).First).ToBeVisibleAsync();

        await using var visitorContext = await NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"/demo?key={scenario.Key}");
        await visitor.Locator("[data-oc=launcher]").ClickAsync();
        await Expect(visitor.Locator("[data-oc=unavailable]")).ToHaveTextAsync("We are moving offices — leave a message, we answer on Monday.");
        await visitor.Locator("[data-oc=input]").FillAsync("Please call me back");
        await visitor.Locator("[data-oc=send]").ClickAsync();
        await Expect(visitor.Locator("[data-oc=message][data-kind=client]")).ToContainTextAsync("Please call me back");
        await Expect(visitor.Locator("[data-oc=message][data-pending], [data-oc=message][data-failed]")).ToHaveCountAsync(0);
        await visitor.ScreenshotToArtifactsAsync("widget-channel-unavailable");
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.Text == "Please call me back"))).ShouldBe(1);
    }
}
