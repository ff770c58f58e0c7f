using Microsoft.Extensions.Time.Testing;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Builders;

namespace OpenChannels.Tests.Domain.Conversations;

/// <summary>R-1…R-4: who may rate a conversation, when, how often, and what a rating does to it.</summary>
public sealed class ConversationRatingTests
{
    private const int Agent = 7;
    private const int Supervisor = 9;

    private static readonly RatingPolicy Ask = new(askClient: true, false, false, null, null, null);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _clock.GetUtcNow();

    [Fact]
    public void AFinishedConversation_AsksTheClient_UntilItIsFullyClosed()
    {
        var conversation = Finished(Ask, fullCloseAfter: TimeSpan.FromMinutes(15));

        conversation.RatingRequestedAt.ShouldBe(Now);
        conversation.RatingDueAt.ShouldBeNull("without a time limit the full close ends the request");
        conversation.ClientRatingStageAt(Ask, Now).ShouldBe(ClientRatingStage.Requested);
        conversation.DomainEvents.OfType<RatingChanged>().ShouldHaveSingleItem();

        _clock.Advance(TimeSpan.FromMinutes(15));
        conversation.ClearDomainEvents();
        conversation.IsFullCloseDue(Now).ShouldBeTrue();
        conversation.FullyCloseAt(null, Now);

        conversation.DomainEvents.OfType<RatingChanged>().ShouldHaveSingleItem("the live chat takes the request back");
        conversation.ClientRatingStageAt(Ask, Now).ShouldBe(ClientRatingStage.None);
        conversation.ClientRatingRefusal(Ask, Now).ShouldBeOfType<RatingClosed>();
    }

    [Fact]
    public void ATimeLimit_EndsTheRequestFirst_WhenItComesBeforeTheFullClose()
    {
        var limited = new RatingPolicy(true, false, false, TimeSpan.FromMinutes(5), null, null);
        var conversation = Finished(limited, fullCloseAfter: TimeSpan.FromMinutes(15));
        conversation.RatingDueAt.ShouldBe(Now.AddMinutes(5));

        _clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        conversation.IsRatingDue(Now).ShouldBeFalse();
        conversation.ClientRatingRefusal(limited, Now).ShouldBeNull();
        _clock.Advance(TimeSpan.FromSeconds(1));
        conversation.IsRatingDue(Now).ShouldBeTrue();
        conversation.ClientRatingRefusal(limited, Now).ShouldBeOfType<RatingClosed>("a late rating is refused even before the sweep ran");

        conversation.WithdrawRatingRequest(Now);

        conversation.IsRatingDue(Now.AddDays(1)).ShouldBeFalse("withdrawn once");
        conversation.Status.ShouldBe(ConversationStatus.Closed, "the delay until fully closed (A-6) still runs");
        Should.Throw<DomainRuleViolated>(() => conversation.RateByClient(ClientRating.Like, null, limited, Now)).Error.ShouldBeOfType<RatingClosed>();
    }

    [Fact]
    public void ATimeLimitLongerThanTheDelay_LeavesTheFullCloseToEndIt()
    {
        var conversation = Finished(new RatingPolicy(true, false, false, TimeSpan.FromHours(1), null, null), fullCloseAfter: TimeSpan.FromMinutes(15));

        conversation.RatingDueAt.ShouldBeNull();
        conversation.FullyClosesAt.ShouldBe(Now.AddMinutes(15));
    }

    [Fact]
    public void NoDelayUntilFullyClosed_OrNotAsking_MeansNoRequest()
    {
        Finished(Ask, fullCloseAfter: null).RatingRequestedAt.ShouldBeNull();
        var notAsked = Finished(RatingPolicy.None, fullCloseAfter: TimeSpan.FromMinutes(15));

        notAsked.RatingRequestedAt.ShouldBeNull();
        notAsked.ClientRatingRefusal(Ask, Now).ShouldBeOfType<RatingNotOffered>("a request never made cannot be answered");
    }

    [Fact]
    public void AnOngoingConversation_IsRatedOnlyWhenTheChannelAllowsIt()
    {
        var conversation = new ConversationBuilder(Now).AnsweredBy(Agent).Build();
        var during = new RatingPolicy(true, allowDuringConversation: true, false, null, null, null);

        conversation.ClientRatingStageAt(Ask, Now).ShouldBe(ClientRatingStage.None);
        Should.Throw<DomainRuleViolated>(() => conversation.RateByClient(ClientRating.Like, null, Ask, Now)).Error.ShouldBeOfType<RatingNotOffered>();
        conversation.ClientRatingStageAt(during, Now).ShouldBe(ClientRatingStage.Offered);

        conversation.RateByClient(ClientRating.Dislike, "  Too slow  ", during, Now);

        (conversation.ClientRating, conversation.ClientRatingComment, conversation.ClientRatedAt).ShouldBe((ClientRating.Dislike, "Too slow", Now));
        conversation.IsOpen.ShouldBeTrue("without \"close on rating\" the conversation goes on");
        conversation.ClientRatingStageAt(during, Now).ShouldBe(ClientRatingStage.Rated);
    }

    [Fact]
    public void TheClientRatesOnce_ARetryIsTheSameRating_AnotherIsRefused()
    {
        var conversation = Finished(Ask, fullCloseAfter: TimeSpan.FromMinutes(15));
        conversation.RateByClient(ClientRating.Like, "Great", Ask, Now);
        conversation.ClearDomainEvents();

        conversation.RateByClient(ClientRating.Like, "Great ", Ask, Now.AddSeconds(5));
        conversation.DomainEvents.ShouldBeEmpty();
        conversation.ClientRatedAt.ShouldBe(Now);

        Should.Throw<DomainRuleViolated>(() => conversation.RateByClient(ClientRating.Dislike, null, Ask, Now)).Error.ShouldBeOfType<AlreadyRated>();
        conversation.ClientRating.ShouldBe(ClientRating.Like);
    }

    [Fact]
    public void CloseOnRating_AFinishedConversation_IsFullyClosedAtOnce()
    {
        var closing = new RatingPolicy(true, false, closeOnRating: true, null, null, null);
        var conversation = Finished(closing, fullCloseAfter: TimeSpan.FromMinutes(15));

        conversation.RateByClient(ClientRating.Like, null, closing, Now.AddMinutes(2));

        conversation.Status.ShouldBe(ConversationStatus.FullyClosed);
        conversation.FullyClosesAt.ShouldBeNull();
        conversation.ClosedAt.ShouldBe(Now, "it was finished by the agent, not by the rating");
    }

    [Fact]
    public void CloseOnRating_AnOngoingConversation_IsClosedAsIfFinished_AndFullyClosed()
    {
        var closing = new RatingPolicy(true, allowDuringConversation: true, closeOnRating: true, null, null, null);
        var conversation = new ConversationBuilder(Now).AnsweredBy(Agent).Build();
        conversation.WaitForClientUntil(Now.AddHours(1));

        conversation.RateByClient(ClientRating.Like, null, closing, Now.AddMinutes(3));

        (conversation.IsOpen, conversation.Status, conversation.ClosedAt).ShouldBe((false, ConversationStatus.FullyClosed, Now.AddMinutes(3)));
        conversation.ClosedByEmployeeId.ShouldBeNull("the client's rating closed it");
        conversation.IsClientTimeoutDue(Now.AddDays(1)).ShouldBeFalse();
        conversation.AssignedEmployeeId.ShouldBe(Agent, "the agent who held it stays its agent");
    }

    [Fact]
    public void ASupervisor_RatesOneToFiveStars_AndMayChangeIt_SayingWhoAndWhen()
    {
        var conversation = Finished(Ask, fullCloseAfter: null);

        conversation.RateBySupervisor(Supervisor, 4, " Polite ", Now);
        conversation.RateBySupervisor(Supervisor + 1, 2, null, Now.AddHours(1));

        (conversation.SupervisorStars, conversation.SupervisorComment).ShouldBe((2, (string?)null));
        (conversation.SupervisorRatedByEmployeeId, conversation.SupervisorRatedAt).ShouldBe((Supervisor + 1, Now.AddHours(1)));
        conversation.ClientRating.ShouldBeNull("the supervisor's rating is a figure of its own");
        foreach (var stars in new[] { 0, 6 })
        {
            Should.Throw<DomainRuleViolated>(() => conversation.RateBySupervisor(Supervisor, stars, null, Now))
                .Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("Stars");
        }
    }

    private Conversation Finished(RatingPolicy policy, TimeSpan? fullCloseAfter)
    {
        var conversation = new ConversationBuilder(Now).AnsweredBy(Agent).Build();
        conversation.Close(Agent, Now);
        conversation.FullyCloseAt(fullCloseAfter is { } delay ? Now + delay : null, Now);
        conversation.RequestRating(policy, Now);
        return conversation;
    }
}
