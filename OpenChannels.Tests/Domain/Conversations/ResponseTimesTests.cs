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
}
