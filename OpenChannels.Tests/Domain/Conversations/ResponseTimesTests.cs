using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Builders;

namespace OpenChannels.Tests.Domain.Conversations;

/// <summary>K-1: response times, from the client's oldest unanswered message to the next agent reply, in whole seconds.</summary>
public sealed class ResponseTimesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachAnswer_IsTimedFromTheOldestUnansweredMessage_AndCountsInTotalAverageAndMaximum()
    {
        var times = ResponseTimes.None
            .ClientWrote(Now)
            .ClientWrote(Now.AddSeconds(20))
            .AgentAnswered(Now.AddSeconds(90.9))
            .ClientWrote(Now.AddMinutes(5))
            .AgentAnswered(Now.AddMinutes(5).AddSeconds(30));

        (times.InitialSeconds, times.Count, times.TotalSeconds, times.MaxSeconds, times.WaitingSince).ShouldBe((90, 2, 120L, 90, (DateTimeOffset?)null));
        times.AverageSeconds.ShouldBe(60);
    }

    [Fact]
    public void AnAnswerNobodyWaitedFor_IsNotTimed_AndNothingIsTimedBeforeTheFirstAnswer()
    {
        ResponseTimes.None.AgentAnswered(Now).ShouldBe(ResponseTimes.None);

        var waiting = ResponseTimes.None.ClientWrote(Now);

        (waiting.InitialSeconds, waiting.Count, waiting.AverageSeconds, waiting.WaitingSince).ShouldBe(((int?)null, 0, (double?)null, (DateTimeOffset?)Now));
        waiting.AgentAnswered(Now.AddSeconds(10)).AgentAnswered(Now.AddSeconds(50)).Count.ShouldBe(1, "a second reply in a row answers nothing new");
    }

    [Fact]
    public void TheConversation_TimesRepliesOnly_NotNotesOrAutomaticTexts()
    {
        var conversation = new ConversationBuilder(Now).FromClient(1).ThroughConnector(1).Build();
        conversation.RecordClientMessage("Hello", Now);
        conversation.RecordSystemMessage(Now.AddSeconds(1));
        conversation.RecordAgentMessage(7, "Hi, how can I help?", Now.AddSeconds(42));
        conversation.RecordClientMessage("My order", Now.AddMinutes(1));

        conversation.Responses.InitialSeconds.ShouldBe(42);
        conversation.Responses.WaitingSince.ShouldBe(Now.AddMinutes(1));
    }

    [Fact]
    public void K2_TheAnswerIsDue_ByTheInitialTargetFirst_ThenBySubsequentOnes()
    {
        var watch = new ResponseWatch(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(2), null);

        var first = ResponseTimes.None.ClientWrote(Now, watch);
        first.DueAt.ShouldBe(Now.AddMinutes(5));
        first.ClientWrote(Now.AddMinutes(1), watch).DueAt.ShouldBe(Now.AddMinutes(5), "a further message does not move the deadline");

        var later = first.AgentAnswered(Now.AddMinutes(1), watch).ClientWrote(Now.AddMinutes(10), watch);
        later.DueAt.ShouldBe(Now.AddMinutes(12));
        (later.LateCount, later.LateSince).ShouldBe((0, (DateTimeOffset?)null));
    }

    [Fact]
    public void K2_AnAnswerAfterItsDeadline_CountsAsLate_AndOneInTimeDoesNot()
    {
        var watch = new ResponseWatch(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), null);
        var times = ResponseTimes.None
            .ClientWrote(Now, watch).AgentAnswered(Now.AddMinutes(5), watch)
            .ClientWrote(Now.AddMinutes(10), watch).AgentAnswered(Now.AddMinutes(15).AddSeconds(1), watch);

        (times.LateCount, times.Count, times.DueAt).ShouldBe((1, 2, (DateTimeOffset?)null));
    }

    [Fact]
    public void K2_AConversationClosedWhileItsAnswerIsOverdue_CountsThatAnswerLate_UnlessItIsSpam()
    {
        var watch = new ResponseWatch(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), null);
        var waiting = ResponseTimes.None.ClientWrote(Now, watch);

        waiting.Stopped(Now.AddMinutes(5)).LateCount.ShouldBe(0, "closed at the very deadline: not late");
        waiting.Stopped(Now.AddMinutes(6)).LateCount.ShouldBe(1);
        waiting.Announced(Now.AddMinutes(6)).Stopped(Now.AddMinutes(7)).LateCount.ShouldBe(1, "announced or not, once");
        waiting.Stopped(Now.AddMinutes(6), countOverdue: false).LateCount.ShouldBe(0);
        var stopped = waiting.Stopped(Now.AddMinutes(6));
        (stopped.WaitingSince, stopped.DueAt, stopped.LateSince).ShouldBe(((DateTimeOffset?)null, (DateTimeOffset?)null, (DateTimeOffset?)null));
        stopped.Stopped(Now.AddDays(1)).LateCount.ShouldBe(1, "stopping again counts nothing more");
    }

    [Fact]
    public void K2_LatenessIsAnnouncedOncePerAnswer()
    {
        var watch = new ResponseWatch(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), null);
        var waiting = ResponseTimes.None.ClientWrote(Now, watch);

        waiting.IsLateUnannounced(Now.AddMinutes(5)).ShouldBeFalse("an answer at the very deadline is in time");
        waiting.IsLateUnannounced(Now.AddMinutes(5).AddTicks(1)).ShouldBeTrue();
        var announced = waiting.Announced(Now.AddMinutes(5));
        announced.IsLateUnannounced(Now.AddHours(1)).ShouldBeFalse();
        announced.Announced(Now.AddHours(1)).LateSince.ShouldBe(Now.AddMinutes(5));

        var next = announced.AgentAnswered(Now.AddMinutes(6), watch).ClientWrote(Now.AddMinutes(7), watch);
        next.IsLateUnannounced(Now.AddMinutes(13)).ShouldBeTrue("the next answer is a new one");
    }

    [Fact]
    public void K2_WithoutATarget_NothingIsEverLate()
    {
        var times = ResponseTimes.None.ClientWrote(Now, ResponseWatch.Plain);

        times.DueAt.ShouldBeNull();
        times.IsLateUnannounced(Now.AddDays(30)).ShouldBeFalse();
        times.AgentAnswered(Now.AddDays(1), ResponseWatch.Plain).LateCount.ShouldBe(0);
    }

    [Fact]
    public void K1_CountOnlyWorkingHours_TimesTheAnswerOnTheChannelsHours_AndTheDeadlineToo()
    {
        var hours = new OpenChannels.Domain.Scheduling.WorkingHours(
            "Etc/UTC", new TimeOnly(9, 0), new TimeOnly(17, 0), new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday }, []);
        var watch = new ResponseWatch(TimeSpan.FromMinutes(30), null, hours);
        var friday = new DateTimeOffset(2026, 11, 27, 16, 50, 0, TimeSpan.Zero);

        var waiting = ResponseTimes.None.ClientWrote(friday, watch);
        waiting.DueAt.ShouldBe(new DateTimeOffset(2026, 11, 30, 9, 20, 0, TimeSpan.Zero), "10 minutes on Friday, 20 on Monday");
        var answered = waiting.AgentAnswered(new DateTimeOffset(2026, 11, 30, 9, 5, 0, TimeSpan.Zero), watch);
        (answered.InitialSeconds, answered.LateCount).ShouldBe((15 * 60, 0));
    }

    [Fact]
    public void K2_AClosedConversation_WaitsForNothing()
    {
        var conversation = new ConversationBuilder(Now).FromClient(1).ThroughConnector(1).Build();
        conversation.RecordClientMessage("Hello", Now, new ResponseWatch(TimeSpan.FromMinutes(1), null, null));
        conversation.IsLateResponseDue(Now.AddMinutes(2)).ShouldBeTrue();

        conversation.Close(7, Now.AddSeconds(30));

        conversation.IsLateResponseDue(Now.AddMinutes(2)).ShouldBeFalse();
        (conversation.Responses.WaitingSince, conversation.Responses.DueAt).ShouldBe((null, null));
    }
}
