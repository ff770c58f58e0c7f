using Bunit;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Bots;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Bots;

namespace OpenChannels.Tests.Components;

/// <summary>The Chatbots tab (B-1…B-4): off and explained while no bot exists; a chosen bot and its terms are stored.</summary>
public sealed class ChatbotTabTests : ComponentTestBase
{
    [Fact]
    public async Task WithoutABot_TheSwitchIsDisabled_AndSaysWhereToAddOne()
    {
        var scenario = await Scenario.CreateAsync(App);

        var tab = Render<ChatbotTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));

        tab.WaitForAssertion(() => tab.Find("[data-testid=chatbot-no-bots]").TextContent.ShouldContain("No chatbot is installed yet."));
        Switch(tab, "Assign the chatbot when a client request is received").HasAttribute("disabled").ShouldBeTrue();
        tab.Find("[data-testid=chatbot-no-bots] a").GetAttribute("href").ShouldBe("/bots");
        tab.Markup.ShouldNotContain("Select chatbot", Case.Sensitive, "B-2…B-4 are options of B-1");
    }

    [Fact]
    public async Task ChoosingABot_AndSaving_StoresThePolicy()
    {
        var scenario = await Scenario.CreateAsync(App);
        var bots = App.Get<BotService>();
        await bots.CreateAsync(new BotForm { Kind = BotKind.Faq, Name = "Another helper" });
        var (botId, _) = (await bots.CreateAsync(new BotForm { Kind = BotKind.Faq, Name = "Help desk" })).ShouldSucceed();
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        var tab = Render<ChatbotTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));
        tab.WaitForAssertion(() => Switch(tab, "Assign the chatbot when a client request is received").HasAttribute("disabled").ShouldBeFalse());
        tab.FindAll("[data-testid=chatbot-no-bots]").ShouldBeEmpty();

        await Switch(tab, "Assign the chatbot when a client request is received").ChangeAsync(new() { Value = true });
        await ChooseAsync(tab, popovers, "Select chatbot", "Help desk (FAQ bot)");
        await Radio(tab, "Only on the client's first request").ClickAsync(new());
        await Switch(tab, "Transfer the conversation from the bot to a live agent after a time").ChangeAsync(new() { Value = true });
        await tab.Find("[data-testid=chatbot-handover-minutes] input, input[data-testid=chatbot-handover-minutes]").ChangeAsync(new() { Value = "15" });
        await Radio(tab, "At the end of the conversation").ClickAsync(new());
        await tab.Find("[data-testid=chatbot-save]").ClickAsync(new());

        tab.WaitForAssertion(() => tab.FindAll("[data-testid=form-error]").ShouldBeEmpty());
        var policy = await App.QueryAsync(db => db.OpenChannels.Select(c => c.Chatbot).SingleAsync());
        (policy.Enabled, policy.BotId, policy.Activation, policy.HandOverAfter, policy.Disconnect)
            .ShouldBe((true, (int?)botId, BotActivation.FirstRequestOnly, (TimeSpan?)TimeSpan.FromMinutes(15), BotDisconnect.AtConversationEnd));
    }

    [Fact]
    public async Task SwitchedOnWithoutABot_IsRefusedInTheForm_AndNothingIsSaved()
    {
        var scenario = await Scenario.CreateAsync(App);
        (await App.Get<BotService>().CreateAsync(new BotForm { Kind = BotKind.Faq, Name = "Help desk" })).ShouldSucceed();
        var tab = Render<ChatbotTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));
        tab.WaitForAssertion(() => Switch(tab, "Assign the chatbot when a client request is received").HasAttribute("disabled").ShouldBeFalse());

        await Switch(tab, "Assign the chatbot when a client request is received").ChangeAsync(new() { Value = true });
        await tab.Find("[data-testid=chatbot-save]").ClickAsync(new());

        tab.WaitForAssertion(() => tab.Find("[data-testid=form-error]").TextContent.ShouldBe("Choose the bot that takes new client requests."));
        (await App.QueryAsync(db => db.OpenChannels.Select(c => c.Chatbot.Enabled).SingleAsync())).ShouldBeFalse();
    }

    private static AngleSharp.Dom.IElement Switch(IRenderedComponent<ChatbotTab> tab, string label) =>
        tab.FindAll("label").Single(l => l.TextContent.Contains(label, StringComparison.Ordinal)).QuerySelector("input")!;

    private static AngleSharp.Dom.IElement Radio(IRenderedComponent<ChatbotTab> tab, string label) =>
        tab.FindAll("label.mud-radio").Single(r => r.TextContent.Contains(label, StringComparison.Ordinal)).QuerySelector("input")!;

    /// <summary>Opens the MudSelect with this label and picks the option, as a person would.</summary>
    private static async Task ChooseAsync(IRenderedComponent<ChatbotTab> tab, IRenderedComponent<MudBlazor.MudPopoverProvider> popovers, string label, string option)
    {
        var select = tab.FindAll("div.mud-select[id]").Single(s => s.QuerySelector("label")?.TextContent.Trim() == label);
        await select.QuerySelector(".mud-input-control")!.MouseDownAsync(new());
        var item = popovers.WaitForElements(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Contains(option, StringComparison.Ordinal));
        await item.ClickAsync(new());
    }
}
