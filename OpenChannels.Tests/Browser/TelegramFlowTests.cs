using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors.Telegram;
using OpenChannels.Web.Features.Channels;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>CH-1 as an administrator does it: a Telegram bot connected with its token, against a fake Bot API, and its health.</summary>
public sealed class TelegramFlowTests(BrowserFixture browser) : BrowserTest(browser, settings: Settings)
{
    private static readonly int Port = FakeTelegramApi.FreePort();

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Telegram:ApiBaseUrl"] = $"http://127.0.0.1:{Port}/",
        ["Telegram:PollingEnabled"] = "false",
    };

    [Fact]
    public async Task Administrator_ConnectsABotWithItsToken_AndSeesItsHealth_AsAClientWrites()
    {
        await using var telegram = await FakeTelegramApi.StartAsync(Port);
        var channelId = (await App.Get<OpenChannelService>().CreateAsync("Shop")).Value;
        await SignInAsync(Page);
        await Page.GotoAsync($"/open-channels/{channelId}");
        await Page.WaitForInteractiveAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add connector" }).ClickAsync();
        await Page.GetByTestId("add-telegram").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.FillFieldAsync("Bot token", "not a token");
        await dialog.GetByTestId("telegram-save").ClickAsync();
        await Expect(dialog).ToContainTextAsync("This is not a bot token");
        await dialog.FillFieldAsync("Bot token", FakeTelegramApi.Token);
        await Page.ScreenshotToArtifactsAsync("connector-telegram-dialog");
        await dialog.GetByTestId("telegram-save").ClickAsync();
        await Expect(Page.GetByText("Telegram bot connected.")).ToBeVisibleAsync();

        var card = Page.Locator("[data-connector]");
        await Expect(card.GetByTestId("telegram-bot")).ToContainTextAsync("@shop_bot");
        await Expect(card.GetByTestId("connector-health")).ToContainTextAsync("Last in: never");

        var connectorId = await App.QueryAsync(db => db.Connectors.Select(c => c.Id).SingleAsync());
        telegram.ClientWrites(4242, "Hello from Telegram");
        await App.Get<TelegramPolling>().PollAsync(connectorId, TimeSpan.Zero);
        await card.GetByTestId("connector-test").ClickAsync();
        await Expect(Page.GetByText("The test went through.")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("connector-health")).Not.ToContainTextAsync("Last in: never");
        await Expect(card.GetByTestId("connector-health")).ToContainTextAsync("Working");
        await Page.ScreenshotToArtifactsAsync("connector-telegram-health");

        (await App.QueryAsync(db => db.Messages.Select(m => m.Text).ToListAsync())).ShouldContain("Hello from Telegram");

        // Renamed later, keeping its token: the same bot answers on.
        await card.GetByTestId("connector-menu").ClickAsync();
        await Page.GetByTestId("connector-edit").ClickAsync();
        await Expect(dialog).ToContainTextAsync("Leave empty to keep the current token.");
        await dialog.FillFieldAsync("Name", "Shop bot");
        await dialog.GetByTestId("telegram-save").ClickAsync();
        await Expect(Page.GetByText("Saved.")).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("Shop bot");
        await Expect(card.GetByTestId("telegram-bot")).ToContainTextAsync("@shop_bot");
    }
}
