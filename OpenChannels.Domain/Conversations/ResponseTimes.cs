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

    /// <summary>K-2: when the answer the client waits for becomes late; null while nothing waits or without a target.</summary>
    public DateTimeOffset? DueAt { get; private init; }

    /// <summary>K-2: when the awaited answer was found late and announced; null until then. One announcement per answer.</summary>
    public DateTimeOffset? LateSince { get; private init; }

    /// <summary>K-2: how many answers came after their target.</summary>
    public int LateCount { get; private init; }

    /// <summary>The client wrote: the clock starts (on the wall clock, no target) unless it already runs for an earlier message.</summary>
    public ResponseTimes ClientWrote(DateTimeOffset at) => ClientWrote(at, ResponseWatch.Plain);

    /// <summary>The client wrote: the clock starts unless it already runs, and the answer is due by the channel's target.</summary>
    public ResponseTimes ClientWrote(DateTimeOffset at, ResponseWatch watch) => WaitingSince is null
        ? this with { WaitingSince = at, DueAt = watch.DueAt(at, firstAnswer: InitialSeconds is null), LateSince = null }
        : this;

    /// <summary>An agent answered the client, timed on the wall clock.</summary>
    public ResponseTimes AgentAnswered(DateTimeOffset at) => AgentAnswered(at, ResponseWatch.Plain);

    /// <summary>An agent answered the client: the running clock stops and its time counts. With no clock running, nothing.</summary>
    public ResponseTimes AgentAnswered(DateTimeOffset at, ResponseWatch watch)
    {
        if (WaitingSince is not { } since)
        {
            return this;
        }

        var seconds = (int)Math.Min(int.MaxValue, Math.Floor(watch.Elapsed(since, at).TotalSeconds));
        return this with
        {
            WaitingSince = null,
            DueAt = null,
            LateSince = null,
            InitialSeconds = InitialSeconds ?? seconds,
            Count = Count + 1,
            TotalSeconds = TotalSeconds + seconds,
            MaxSeconds = Math.Max(MaxSeconds, seconds),
            LateCount = LateCount + (at > DueAt ? 1 : 0),
        };
    }

    /// <summary>K-2: the awaited answer is late (an answer at the very deadline is in time) and nobody has been told yet.</summary>
    public bool IsLateUnannounced(DateTimeOffset now) => WaitingSince is not null && DueAt < now && LateSince is null;

    /// <summary>K-2: the lateness was announced; it is not announced again for this answer.</summary>
    public ResponseTimes Announced(DateTimeOffset at) => this with { LateSince = LateSince ?? at };

    /// <summary>
    /// The conversation ended at <paramref name="at"/>: nothing waits for an answer any more, so nothing can become late.
    /// An answer already overdue then never came, so it counts as a late one (K-2, K-3) — unless the conversation was
    /// marked as spam (<paramref name="countOverdue"/> false): a spammer waits for no answer.
    /// </summary>
    public ResponseTimes Stopped(DateTimeOffset at, bool countOverdue = true) => this with
    {
        WaitingSince = null,
        DueAt = null,
        LateSince = null,
        LateCount = LateCount + (countOverdue && WaitingSince is not null && DueAt < at ? 1 : 0),
    };
}
