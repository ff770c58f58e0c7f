using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Bots;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Features.Scheduling;

namespace OpenChannels.Tests.Web.Bots;

/// <summary>
/// B-1…B-4 through the real app on a fake clock: the built-in FAQ bot answers new requests, the client reaches an agent
/// with 0 or when the time is up, and the normal routing then runs — the agent reading the bot's dialogue.
/// </summary>
public sealed class FaqBotTests() : ScenarioTest("Bea")
{
    private const string Tracking = "Track your parcel at example.test/track.";

    private BotSweeps Sweeps => App.Get<BotSweeps>();

    [Fact]
    public async Task TheBotAnswersANewRequest_WhileNoAgentIsOfferedIt_AndSaysSoWhenItKnowsNothing()
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        await App.OnlineAsync(bea, Scenario.Admin.EmployeeId);
        await BotAsync();
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        await visitor.SayAsync("Hello, where is my order?");
        await visitor.SayAsync("Can I pay by card?");

        var history = await visitor.HistoryAsync();
        history.Where(m => m.Kind == "bot").Select(m => m.Text).ShouldBe(
            [Tracking + "\n\nSend 0 to talk to an agent.", "Sorry, I have no answer to that. Ask in other words, or send 0 to talk to an agent."]);
        history.Where(m => m.Kind == "bot").ShouldAllBe(m => m.Author!.Name == "Helper");
        var conversation = await App.QueryAsync(db => db.Conversations.SingleAsync());
        (conversation.Status, conversation.AssignedEmployeeId, conversation.Responses.WaitingSince)
            .ShouldBe((ConversationStatus.WithBot, (int?)null, (DateTimeOffset?)null));
        (await App.QueryAsync(db => db.RoutingAudit.CountAsync())).ShouldBe(0, "not routed while the bot holds it");
        (await App.Get<ConversationQueries>().ListAsync(Scenario.Agent(bea))).ShouldBeEmpty("not in any agent's list yet");
    }

    [Fact]
    public async Task Zero_HandsOverAtOnce_RoutingOffersItToAnAgent_WhoReadsTheBotsDialogue()
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        await App.OnlineAsync(bea);
        await Scenario.ConfigureQueueAsync(q => q.Entries.RemoveAll(e => e.EmployeeId == Scenario.Admin.EmployeeId));
        await BotAsync(f => (f.HandOverAfterOn, f.HandOverMinutes) = (true, 30));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("where is my order");

        await visitor.SayAsync(" 0 ");

        var conversation = await App.QueryAsync(db => db.Conversations.SingleAsync());
        (conversation.AssignedEmployeeId, conversation.BotId, conversation.HandOverReason, conversation.BotHandOverDueAt)
            .ShouldBe(((int?)bea, (int?)null, (HandOverReason?)HandOverReason.ClientAsked, (DateTimeOffset?)null));
        conversation.Responses.WaitingSince.ShouldBe(App.Clock.GetUtcNow(), "the agent's clock starts at the hand-over");
        (await App.QueryAsync(db => db.RoutingAudit.SingleAsync())).Trigger.ShouldBe(RoutingTrigger.BotHandOver);
        (await visitor.HistoryAsync()).Last().Text.ShouldBe("I am passing you to an agent: they will answer you here shortly.");

        var details = (await App.Get<ConversationQueries>().GetAsync(Scenario.Agent(bea), conversation.Id))!;
        details.Messages.Select(m => (m.Kind, m.AuthorName)).ShouldBe(
        [
            (MessageKind.Client, "Client"), (MessageKind.Bot, "Helper"), (MessageKind.Client, "Client"), (MessageKind.Bot, "Helper"),
        ]);
        (await App.Get<ConversationQueries>().ListAsync(Scenario.Agent(bea))).ShouldHaveSingleItem().Id.ShouldBe(conversation.Id);

        await visitor.SayAsync("where is my order");
        (await visitor.HistoryAsync()).Count(m => m.Kind == "bot").ShouldBe(2, "the bot has left: it answers no more");
    }

    [Fact]
    public async Task WhatTheBotHolds_TakesNoPlaceUnderTheLimit_AndTheHandOverRespectsIt()
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        await App.OnlineAsync(bea);
        await Scenario.ConfigureQueueAsync(q =>
        {
            q.Entries.RemoveAll(e => e.EmployeeId == Scenario.Admin.EmployeeId);
            (q.LimitConversations, q.Limit) = (true, 1);
        });
        var first = await Scenario.ConversationAsync("I was here before the bot");
        (await App.HolderAsync(first)).ShouldBe(bea);
        await BotAsync();
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        (await App.QueryAsync(db => db.AgentLoads.Where(l => l.EmployeeId == bea).SumAsync(l => l.Count))).ShouldBe(1, "the bot's conversation is nobody's load");

        await visitor.SayAsync("0");

        var second = await App.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id != first));
        (second.IsWithBot, second.AssignedEmployeeId).ShouldBe((false, (int?)null), "Bea is at her limit");
        (await visitor.HistoryAsync()).Last().Text.ShouldBe(DefaultTexts.For(ChannelLanguage.English, DefaultText.NoAgent));
        (await App.Get<MessengerService>().CloseAsync(Scenario.Agent(bea), first)).ShouldSucceed();
        (await App.Get<RoutingSweeps>().ReofferUnassignedAsync()).ShouldBe(1);
        (await App.HolderAsync(second.Id)).ShouldBe(bea);
    }

    [Fact]
    public async Task TheTimedHandOver_IsADeadlineOnTheConversation_SweptOnce()
    {
        await BotAsync(f => (f.HandOverAfterOn, f.HandOverMinutes) = (true, 5));
        var conversation = await Scenario.ConversationAsync("Hello");
        (await App.QueryAsync(db => db.Conversations.Select(c => c.BotHandOverDueAt).SingleAsync())).ShouldBe(App.Clock.GetUtcNow().AddMinutes(5));

        App.Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        (await Sweeps.HandOverDueAsync()).ShouldBe(0);
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        var restarted = App.Restart();
        var sweeps = new[] { restarted.Get<BotSweeps>().HandOverDueAsync(), restarted.Get<BotSweeps>().HandOverDueAsync() };
        (await Task.WhenAll(sweeps)).Sum().ShouldBe(1, "two sweeps racing hand it over once");

        var handedOver = await restarted.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == conversation));
        (handedOver.IsWithBot, handedOver.HandOverReason).ShouldBe((false, (HandOverReason?)HandOverReason.TimeElapsed));
        (await restarted.QueryAsync(db => db.RoutingAudit.CountAsync(a => a.Trigger == RoutingTrigger.BotHandOver))).ShouldBe(1);
        restarted.Dispose();
    }

    [Fact]
    public async Task OnTheFirstRequestOnly_TheClientsNextConversationGoesStraightToTheAgents()
    {
        await BotAsync(f => f.Activation = BotActivation.FirstRequestOnly);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        var first = await App.QueryAsync(db => db.Conversations.SingleAsync());
        (await App.Get<MessengerService>().CloseAsync(Scenario.Admin, first.Id)).ShouldSucceed();

        await visitor.SayAsync("Hello again");

        var second = await App.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id != first.Id));
        (second.IsWithBot, second.BotId).ShouldBe((false, (int?)null));
        (await App.QueryAsync(db => db.RoutingAudit.CountAsync(a => a.ConversationId == second.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task ABotThatStaysUntilTheEnd_AnswersWhatItKnowsBesideTheAgent_AndLeavesAtTheClose()
    {
        await BotAsync(f => f.Disconnect = BotDisconnect.AtConversationEnd);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("0");
        var conversation = await App.QueryAsync(db => db.Conversations.SingleAsync());
        conversation.BotId.ShouldNotBeNull();
        (await App.Get<MessengerService>().AcceptAsync(Scenario.Admin, conversation.Id)).ShouldSucceed();

        await visitor.SayAsync("Thanks. Something else: I need to track my parcel");
        await visitor.SayAsync("Can I pay by card?");

        (await visitor.HistoryAsync()).Where(m => m.Kind == "bot").Select(m => m.Text).Last().ShouldStartWith(Tracking, Case.Sensitive);
        (await visitor.HistoryAsync()).Count(m => m.Kind == "bot").ShouldBe(2, "the hand-over and the answer it knew; no no-match text beside an agent");
        (await App.Get<MessengerService>().CloseAsync(Scenario.Admin, conversation.Id)).ShouldSucceed();
        (await App.QueryAsync(db => db.Conversations.Select(c => c.BotId).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task OutsideWorkingHours_TheBotKeepsAnswering_AndItsHandOverSaysWhenAgentsAreBack()
    {
        var hours = App.Get<WorkingHoursService>();
        var form = (await hours.GetAsync(Scenario.ChannelId))!;
        (form.Enabled, form.TimeZone, form.Opens, form.Closes) = (true, "Europe/Paris", new TimeSpan(9, 0, 0), new TimeSpan(18, 0, 0));
        form.DaysOff = [DayOfWeek.Saturday, DayOfWeek.Sunday];
        (await hours.SaveAsync(Scenario.ChannelId, form)).ShouldSucceed();
        await BotAsync();
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero)); // a Saturday
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        await visitor.SayAsync("where is my order");
        await visitor.SayAsync("0");

        var said = (await visitor.HistoryAsync()).Where(m => m.Kind != "client").Select(m => m.Text).ToList();
        said.Count.ShouldBe(2, "the bot's answer and its hand-over; no separate out-of-hours reply");
        said[0].ShouldStartWith(Tracking, Case.Sensitive);
        said[1].ShouldBe(
            "Our agents are away right now and will be back on Monday 7 December, 09:00 (Europe/Paris). Your conversation is waiting for them: they will answer you here.");
        (await App.QueryAsync(db => db.Conversations.Select(c => c.OutOfHoursNoticeSentAt).SingleAsync())).ShouldNotBeNull();
    }

    [Theory]
    [InlineData(ChannelLanguage.French, "Où est ma commande ?", "Suivez votre colis sur example.test/suivi.", "Envoyez 0 pour parler à un conseiller.")]
    [InlineData(ChannelLanguage.Italian, "dove è il mio ordine", "Segui il pacco su example.test/traccia.", "Invia 0 per parlare con un operatore.")]
    [InlineData(ChannelLanguage.Polish, "gdzie jest moje zamowienie?", "Śledź paczkę na example.test/sledzenie.", "Wyślij 0, aby porozmawiać z konsultantem.")]
    public async Task InTheChannelsLanguage_TheEntryOfThatLanguageAnswers(ChannelLanguage language, string question, string answer, string offer)
    {
        var general = App.Get<OpenChannels.Web.Features.Channels.GeneralSettingsService>();
        var settings = (await general.GetAsync(Scenario.ChannelId))!;
        settings.Language = language;
        (await general.SaveAsync(Scenario.ChannelId, settings)).ShouldSucceed();
        var bot = await App.FaqBotAsync(
            "Helper",
            (ChannelLanguage.English, "where is my order", Tracking, true),
            (ChannelLanguage.French, "où est ma commande", "Suivez votre colis sur example.test/suivi.", true),
            (ChannelLanguage.Italian, "dov'è il mio ordine", "Segui il pacco su example.test/traccia.", true),
            (ChannelLanguage.Polish, "gdzie jest moje zamówienie", "Śledź paczkę na example.test/sledzenie.", true));
        await App.UseBotAsync(Scenario.ChannelId, bot);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        await visitor.SayAsync(question);

        (await visitor.HistoryAsync()).Last().Text.ShouldBe(answer + "\n\n" + offer);
    }

    [Fact]
    public async Task DeletingTheBot_HandsItsConversationsOver_AndTurnsTheTabOff()
    {
        var bot = await BotAsync();
        var conversation = await Scenario.ConversationAsync("Hello");

        (await App.Get<BotService>().DeleteAsync(bot)).ShouldSucceed();

        var after = await App.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == conversation));
        (after.IsWithBot, after.BotId, after.HandOverReason).ShouldBe((false, (int?)null, (HandOverReason?)HandOverReason.BotRemoved));
        var tab = (await App.Get<ChatbotSettingsService>().GetAsync(Scenario.ChannelId))!;
        (tab.Enabled, tab.BotId).ShouldBe((false, (int?)null));
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Bot))).ShouldBe(2, "its words stay in the history");
    }

    [Fact]
    public async Task ImportingQuickReplies_AddsEachOnce_AndLeavesOutATitleWithoutWords()
    {
        var replies = App.Get<OpenChannels.Web.Features.QuickReplies.QuickReplyService>();
        var list = (await replies.CreateListAsync("Shop answers")).ShouldSucceed();
        (await replies.AddReplyAsync(list, "Opening hours", "From 9 to 18.")).ShouldSucceed();
        (await replies.AddReplyAsync(list, "👍", "Glad to help!")).ShouldSucceed();
        await Scenario.ConfigureAutomaticActionsAsync(f => f.QuickReplyListId = list);
        var bot = await App.FaqBotAsync("Helper");
        var bots = App.Get<BotService>();

        (await bots.ImportQuickRepliesAsync(bot, Scenario.ChannelId)).ShouldSucceed().ShouldBe(1);
        (await bots.ImportQuickRepliesAsync(bot, Scenario.ChannelId)).ShouldSucceed().ShouldBe(0, "already imported");

        (await App.QueryAsync(db => db.FaqEntries.Select(e => e.Phrasings).ToListAsync())).ShouldBe(["Opening hours"]);
    }

    private async Task<int> BotAsync(Action<ChatbotForm>? change = null)
    {
        var bot = await App.FaqBotAsync("Helper", (null, "where is my order\ntrack my parcel", Tracking, true));
        await App.UseBotAsync(Scenario.ChannelId, bot, change);
        return bot;
    }
}
