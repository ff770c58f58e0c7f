using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Builders;

namespace OpenChannels.Tests.Domain.Bots;

/// <summary>B-1, B-3, B-4: a conversation while its bot holds it, at the hand-over, and when it ends.</summary>
public sealed class ConversationWithBotTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WhileTheBotHoldsIt_ItIsNobodysAndNoAgentClockRuns()
    {
        var conversation = WithBot(BotDisconnect.AfterHandOver, dueAt: Now.AddMinutes(5));
        conversation.RecordClientMessage("Hello", Now);
        conversation.RecordBotMessage("Hi! How can I help?", Now);

        conversation.Status.ShouldBe(ConversationStatus.WithBot);
        (conversation.IsWithBot, conversation.HasBot, conversation.AssignedEmployeeId).ShouldBe((true, true, (int?)null));
        conversation.Responses.WaitingSince.ShouldBeNull("no agent is expected to answer yet");
        conversation.LastMessagePreview.ShouldBe("Hi! How can I help?");
        conversation.IsBotHandOverDue(Now.AddMinutes(5)).ShouldBeTrue();
        conversation.IsBotHandOverDue(Now.AddMinutes(5).AddTicks(-1)).ShouldBeFalse();
    }

    [Fact]
    public void TheHandOver_MakesItANewRequest_StartsTheAgentsClock_AndTheBotLeaves()
    {
        var conversation = WithBot(BotDisconnect.AfterHandOver, dueAt: Now.AddMinutes(5));
        conversation.RecordClientMessage("0", Now);

        conversation.HandOverFromBot(HandOverReason.ClientAsked, Now.AddMinutes(1));

        conversation.Status.ShouldBe(ConversationStatus.Unassigned);
        (conversation.BotId, conversation.BotHandOverDueAt, conversation.HandedOverAt, conversation.HandOverReason)
            .ShouldBe(((int?)null, (DateTimeOffset?)null, (DateTimeOffset?)Now.AddMinutes(1), (HandOverReason?)HandOverReason.ClientAsked));
        conversation.Responses.WaitingSince.ShouldBe(Now.AddMinutes(1));
        conversation.IsBotHandOverDue(Now.AddHours(1)).ShouldBeFalse();
        conversation.DomainEvents.OfType<HandedOverToAgents>().ShouldHaveSingleItem();
    }

    [Fact]
    public void ABotSetToStayUntilTheEnd_StaysAfterTheHandOver_AndLeavesWhenTheConversationCloses()
    {
        var conversation = WithBot(BotDisconnect.AtConversationEnd, dueAt: null);
        conversation.HandOverFromBot(HandOverReason.TimeElapsed, Now);

        (conversation.IsWithBot, conversation.HasBot, conversation.BotId).ShouldBe((false, true, (int?)9));

        conversation.Close(employeeId: 4, Now.AddMinutes(3));
        (conversation.HasBot, conversation.BotId).ShouldBe((false, (int?)null));
    }

    [Fact]
    public void AnAgentWhoAccepts_StepsInBeforeTheBot()
    {
        var conversation = WithBot(BotDisconnect.AfterHandOver, dueAt: Now.AddMinutes(5));

        conversation.Accept(4, Now.AddMinutes(1));

        (conversation.Status, conversation.AssignedEmployeeId, conversation.HandOverReason)
            .ShouldBe((ConversationStatus.Assigned, (int?)4, (HandOverReason?)HandOverReason.AgentSteppedIn));
        conversation.BotId.ShouldBeNull();
    }

    [Fact]
    public void Routing_NeverOffersWhatTheBotHolds_AndOnlyANewConversationGoesToABot()
    {
        var conversation = WithBot(BotDisconnect.AfterHandOver, dueAt: null);

        Should.Throw<InvalidOperationException>(() => conversation.Offer(4, null));
        conversation.HandOverFromBot(HandOverReason.ClientAsked, Now);
        Should.Throw<InvalidOperationException>(() => conversation.HandOverFromBot(HandOverReason.TimeElapsed, Now), "handed over once");
        var answered = new ConversationBuilder(Now).AnsweredBy(4).Build();
        Should.Throw<InvalidOperationException>(() => answered.StartWithBot(9, null, BotDisconnect.AfterHandOver));
    }

    [Fact]
    public void ATransferToAnotherChannel_LeavesTheBotBehind()
    {
        var conversation = WithBot(BotDisconnect.AtConversationEnd, dueAt: Now.AddMinutes(5));

        conversation.TransferToChannel(2);

        (conversation.Status, conversation.BotId, conversation.BotHandOverDueAt).ShouldBe((ConversationStatus.Unassigned, (int?)null, (DateTimeOffset?)null));
    }

    private static Conversation WithBot(BotDisconnect disconnect, DateTimeOffset? dueAt)
    {
        var conversation = new ConversationBuilder(Now).Build();
        conversation.StartWithBot(9, dueAt, disconnect);
        conversation.ClearDomainEvents();
        return conversation;
    }
}
