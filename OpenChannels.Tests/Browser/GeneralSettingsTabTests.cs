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
}
