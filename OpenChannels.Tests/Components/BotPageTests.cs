using Bunit;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Bots;
using OpenChannels.Web.Features.QuickReplies;

namespace OpenChannels.Tests.Components;

/// <summary>An FAQ bot's page (B-1): "Try it" answering as the bot would, without writing anything; a channel's quick replies imported.</summary>
public sealed class BotPageTests : ComponentTestBase
{
    [Fact]
    public async Task TryIt_GivesTheMatchingEntrysAnswer_OrSaysNoneMatches()
    {
        var bots = App.Get<BotService>();
        var (botId, _) = (await bots.CreateAsync(new BotForm { Kind = BotKind.Faq, Name = "Help desk" })).ShouldSucceed();
        (await bots.SaveEntryAsync(botId, null, new FaqEntryForm { Phrasings = "opening hours\nwhen are you open", Answer = "From 9 to 18, Monday to Friday." })).ShouldSucceed();
        (await bots.SaveEntryAsync(botId, null, new FaqEntryForm { Phrasings = "delivery time", Answer = "Two working days.", OffersAgent = true })).ShouldSucceed();

        var page = Render<BotPage>(p => p.Add(x => x.BotId, botId));
        page.WaitForAssertion(() => page.Find("[data-testid=faq-entries]").TextContent.ShouldContain("when are you open"));

        await TryAsync(page, "What are your opening hourz?");
        page.WaitForAssertion(() => page.Find("[data-testid=faq-try-result]").TextContent.ShouldContain("From 9 to 18, Monday to Friday."));
        page.Find("[data-testid=faq-try-result]").TextContent.ShouldNotContain("way to an agent");

        await TryAsync(page, "Do you sell gift cards?");
        page.WaitForAssertion(() => page.Find("[data-testid=faq-try-result]").TextContent.ShouldContain("No entry matches"));
    }

    [Fact]
    public async Task ImportingAChannelsQuickReplies_AddsThemAsEntries_InTheChannelsLanguage()
    {
        var scenario = await Scenario.CreateAsync(App, "Web shop");
        var replies = App.Get<QuickReplyService>();
        var listId = (await replies.CreateListAsync("Shop answers")).ShouldSucceed();
        (await replies.AddReplyAsync(listId, "Opening hours", "From 9 to 18.")).ShouldSucceed();
        await scenario.ConfigureAutomaticActionsAsync(f => f.QuickReplyListId = listId);
        var (botId, _) = (await App.Get<BotService>().CreateAsync(new BotForm { Kind = BotKind.Faq, Name = "Help desk" })).ShouldSucceed();
        Render<MudBlazor.MudPopoverProvider>();
        var dialogs = Render<MudBlazor.MudDialogProvider>();
        var page = Render<BotPage>(p => p.Add(x => x.BotId, botId));
        page.WaitForAssertion(() => page.Find("[data-testid=no-entries]"));

        // The page's handler waits for the dialog to close: it is awaited once the dialog is used.
        var importing = page.Find("[data-testid=faq-import]").ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=quick-reply-sources]").TextContent.ShouldContain("1 reply in the list Shop answers"));
        await dialogs.FindAll("[data-testid=quick-reply-sources] .mud-list-item").Single(i => i.TextContent.Contains("Web shop", StringComparison.Ordinal)).ClickAsync(new());
        await importing.WaitAsync(TimeSpan.FromSeconds(10));

        page.WaitForAssertion(() => page.Find("[data-testid=faq-entries]").TextContent.ShouldContain("From 9 to 18."));
        var entry = await App.QueryAsync(db => db.FaqEntries.SingleAsync());
        (entry.BotId, entry.Language, entry.Phrasings, entry.OffersAgent).ShouldBe((botId, (ChannelLanguage?)ChannelLanguage.English, "Opening hours", true));
    }

    [Fact]
    public void AnUnknownBot_SaysSo()
    {
        var page = Render<BotPage>(p => p.Add(x => x.BotId, 999));

        page.WaitForAssertion(() => page.Markup.ShouldContain("This chatbot does not exist."));
    }

    private static async Task TryAsync(IRenderedComponent<BotPage> page, string message)
    {
        await page.Find("[data-testid=faq-try-text] input, input[data-testid=faq-try-text]").InputAsync(new() { Value = message });
        await page.Find("[data-testid=faq-try-button]").ClickAsync(new());
    }
}
