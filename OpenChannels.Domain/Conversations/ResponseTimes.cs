namespace OpenChannels.Domain.Conversations;

/// <summary>
/// K-1: how fast agents answered the client of one conversation, in whole seconds. A response time runs from the
/// client's first message that no agent has answered yet to the next reply an agent sends the client; notes, automatic
/// texts and the client's further messages meanwhile do not stop it or start another. The first one is the initial
/// response time; every one counts in the total, the average and the maximum.
/// </summary>
public sealed record ResponseTimes
{
    public static readonly ResponseTimes None = new();

    private ResponseTimes()
    {
    }

    /// <summary>When the client's oldest unanswered message arrived; null while nothing waits for an answer.</summary>
    public DateTimeOffset? WaitingSince { get; private init; }

    /// <summary>The time to the first answer; null until an agent answered.</summary>
    public int? InitialSeconds { get; private init; }

    /// <summary>How many answers were timed.</summary>
    public int Count { get; private init; }

    public long TotalSeconds { get; private init; }

    public int MaxSeconds { get; private init; }

    /// <summary>The mean of every response time; null until an agent answered.</summary>
    public double? AverageSeconds => Count == 0 ? null : (double)TotalSeconds / Count;

    /// <summary>The client wrote: the clock starts unless it already runs for an earlier message.</summary>
    public ResponseTimes ClientWrote(DateTimeOffset at) => WaitingSince is null ? this with { WaitingSince = at } : this;

    /// <summary>An agent answered the client: the running clock stops and its time counts. With no clock running, nothing.</summary>
    public ResponseTimes AgentAnswered(DateTimeOffset at)
    {
        if (WaitingSince is not { } since)
        {
            return this;
        }

        var seconds = (int)Math.Min(int.MaxValue, Math.Max(0, Math.Floor((at - since).TotalSeconds)));
        return this with
        {
            WaitingSince = null,
            InitialSeconds = InitialSeconds ?? seconds,
            Count = Count + 1,
            TotalSeconds = TotalSeconds + seconds,
            MaxSeconds = Math.Max(MaxSeconds, seconds),
        };
    }
}
