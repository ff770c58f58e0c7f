using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Domain.Bots;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Bots;

namespace OpenChannels.Tests.Components;

/// <summary>The bots page (B-1): each bot with what it is and what it does now; a new webhook bot's secret and token shown once.</summary>
public sealed class BotsPageTests : ComponentTestBase
{
    [Fact]
    public async Task ABot_IsListed_WithItsKind_Entries_Channels_AndTheConversationsItHolds()
    {
        var scenario = await Scenario.CreateAsync(App, "Web shop");
        var bots = App.Get<BotService>();
        var (botId, _) = (await bots.CreateAsync(new BotForm { Kind = BotKind.Faq, Name = "Help desk" })).ShouldSucceed();
        (await bots.SaveEntryAsync(botId, null, new FaqEntryForm { Phrasings = "opening hours", Answer = "9 to 18." })).ShouldSucceed();
        (await App.Get<ChatbotSettingsService>().SaveAsync(scenario.ChannelId, new ChatbotForm { Enabled = true, BotId = botId })).ShouldSucceed();
        await scenario.ConversationAsync("Hello");

        var page = Render<BotsPage>();

        page.WaitForAssertion(() => page.FindAll("[data-testid=bots] tbody tr").Count.ShouldBe(1));
        var cells = page.FindAll("[data-testid=bots] tbody tr td").Select(c => c.TextContent.Trim()).ToList();
        cells.Take(5).ShouldBe(["Help desk", "FAQ bot", "1", "Web shop", "1"]);
        page.Find("[data-testid=bots] tbody tr a").GetAttribute("href").ShouldBe($"/bots/{botId}");
    }

    [Fact]
    public void WithoutBots_ThePageExplainsWhatTheyAre()
    {
        var page = Render<BotsPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=no-bots]").TextContent.ShouldContain("Add an FAQ bot"));
    }

    [Fact]
    public async Task ANewWebhookBot_ShowsItsSecretAndToken_ThatTheServerKeeps_ThenOpensItsPage()
    {
        Render<MudBlazor.MudPopoverProvider>();
        var dialogs = Render<MudBlazor.MudDialogProvider>();
        var page = Render<BotsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=no-bots]"));

        // The page's handler waits for its dialogs to close: it is awaited at the end.
        var creating = page.Find("[data-testid=new-webhook-bot]").ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=bot-url] input, input[data-testid=bot-url]"));
        await dialogs.Find("[data-testid=bot-name] input, input[data-testid=bot-name]").ChangeAsync(new() { Value = "Sales bot" });
        await dialogs.Find("[data-testid=bot-url] input, input[data-testid=bot-url]").ChangeAsync(new() { Value = "https://bot.example.test/hook" });
        await dialogs.Find("[data-testid=bot-save]").ClickAsync(new());

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=bot-token]").TextContent.ShouldStartWith(BotCredentials.TokenPrefix));
        var token = dialogs.Find("[data-testid=bot-token]").TextContent.Trim();
        var secret = dialogs.Find("[data-testid=bot-secret]").TextContent.Trim();
        var bot = await App.QueryAsync(db => db.Bots.SingleAsync());
        (bot.Name, bot.Kind, bot.WebhookUrl).ShouldBe(("Sales bot", BotKind.Webhook, "https://bot.example.test/hook"));
        bot.TokenHash.ShouldBe(BotCredentials.Hash(token));
        App.Get<BotCredentials>().Secret(bot.ProtectedSecret!).ShouldBe(secret);

        await dialogs.Find("[data-testid=bot-credentials-done]").ClickAsync(new());
        await creating.WaitAsync(TimeSpan.FromSeconds(10));
        dialogs.FindAll("[data-testid=bot-token]").ShouldBeEmpty();
        Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith($"/bots/{bot.Id}");
    }
}
