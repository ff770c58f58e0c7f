using Microsoft.Extensions.Time.Testing;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Builders;

namespace OpenChannels.Tests.Domain.Conversations;

/// <summary>J-4: each stored deadline is due at its time, not a second before, once, and never after the conversation moved on.</summary>
public sealed class DeadlineTests
{
    private const int Agent = 7;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _clock.GetUtcNow();

    [Fact]
    public void Unanswered_IsDueAtItsTime_AndOnceMarkedIsSpent()
    {
        var conversation = NewConversation();
        conversation.ExpectAnswerBy(Now.AddMinutes(10));

        _clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        conversation.IsUnansweredDue(Now).ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));
        conversation.IsUnansweredDue(Now).ShouldBeTrue();

        conversation.MarkUnanswered(Now);
        conversation.IsUnansweredDue(Now.AddDays(1)).ShouldBeFalse();
        conversation.MarkedUnansweredAt.ShouldBe(Now);
    }

    [Fact]
    public void Unanswered_IsNotDue_OnceAnAgentAnswered_OrItWasClosed()
    {
        var answered = NewConversation();
        answered.ExpectAnswerBy(Now.AddMinutes(10));
        answered.RecordAgentMessage(Agent, "Hello", Now.AddMinutes(9));
        var closed = NewConversation();
        closed.ExpectAnswerBy(Now.AddMinutes(10));
        closed.CloseAutomatically(Now.AddMinutes(5));

        answered.IsUnansweredDue(Now.AddHours(1)).ShouldBeFalse();
        closed.IsUnansweredDue(Now.AddHours(1)).ShouldBeFalse();
        answered.ExpectAnswerBy(Now.AddMinutes(20));
        answered.UnansweredDueAt.ShouldBeNull("an answered conversation never expects a first answer again");
    }

    [Fact]
    public void ClientTimeout_IsDueAtItsTime_UnlessTheClientAnswered_AndClosingSpendsIt()
    {
        var waiting = NewConversation();
        waiting.RecordAgentMessage(Agent, "Anything else?", Now);
        waiting.WaitForClientUntil(Now.AddMinutes(30));
        var answered = NewConversation();
        answered.RecordAgentMessage(Agent, "Anything else?", Now);
        answered.WaitForClientUntil(Now.AddMinutes(30));
        answered.RecordClientMessage("Yes, one thing", Now.AddMinutes(29));

        waiting.IsClientTimeoutDue(Now.AddMinutes(30).AddSeconds(-1)).ShouldBeFalse();
        waiting.IsClientTimeoutDue(Now.AddMinutes(30)).ShouldBeTrue();
        answered.IsClientTimeoutDue(Now.AddMinutes(31)).ShouldBeFalse();

        waiting.CloseAutomatically(Now.AddMinutes(30));
        waiting.IsClientTimeoutDue(Now.AddDays(1)).ShouldBeFalse();
        waiting.Status.ShouldBe(ConversationStatus.FullyClosed);
    }

    [Fact]
    public void IdleOffer_IsDueWhenNotAccepted_AndAcceptingStopsTheClock()
    {
        var offered = NewConversation();
        offered.Offer(Agent, Now.AddMinutes(3));
        var accepted = NewConversation();
        accepted.Offer(Agent, Now.AddMinutes(3));
        accepted.Accept(Agent, Now.AddMinutes(2));

        offered.IsIdleOfferDue(Now.AddMinutes(3)).ShouldBeTrue();
        accepted.IsIdleOfferDue(Now.AddMinutes(3)).ShouldBeFalse();
        offered.ReturnToQueue();
        offered.IsIdleOfferDue(Now.AddMinutes(4)).ShouldBeFalse();
    }

    [Fact]
    public void FullClose_IsDueWhenTheRatingWindowEnds_Once()
    {
        var conversation = NewConversation();
        conversation.Close(Agent, Now);
        conversation.FullyCloseAt(Now.AddHours(1), Now);

        conversation.IsFullCloseDue(Now.AddMinutes(59)).ShouldBeFalse();
        conversation.IsFullCloseDue(Now.AddHours(1)).ShouldBeTrue();
        conversation.FullyCloseAt(null, Now.AddHours(1));
        conversation.Status.ShouldBe(ConversationStatus.FullyClosed);
        conversation.IsFullCloseDue(Now.AddDays(1)).ShouldBeFalse();
    }

    private Conversation NewConversation()
    {
        var conversation = new ConversationBuilder(Now).FromClient(1).ThroughConnector(1).Build();
        conversation.RecordClientMessage("Hello", Now);
        return conversation;
    }
}
