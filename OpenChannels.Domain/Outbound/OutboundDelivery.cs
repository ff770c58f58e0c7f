using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Outbound;

/// <summary>
/// One event for a connector or a webhook, written in the same transaction as the change it tells about (an outbox):
/// none is lost, none is sent for a change that was rolled back. A target's events of one conversation go out one at a
/// time, in order. A failure is tried again on <see cref="RetrySchedule"/> (or when the receiver says, on a 429) for up
/// to 24 hours. The state is on the row, so a restart goes on where it stopped; the event id is fixed at writing, so a
/// receiver drops what it already has.
/// </summary>
public sealed class OutboundDelivery : AggregateRoot
{
    public const int ErrorMaxLength = 500;

    /// <summary>An attempt claims the event for this long; one that never reported back (a crash) is retried after it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private OutboundDelivery()
    {
        EventId = EventType = Payload = string.Empty;
    }

    public OutboundDelivery(OutboundTarget target, int targetId, int? conversationId, string eventId, string eventType, string payload, DateTimeOffset now)
    {
        Target = target;
        TargetId = targetId;
        ConversationId = conversationId;
        EventId = eventId;
        EventType = eventType;
        Payload = payload;
        CreatedAt = now;
        NextAttemptAt = now;
        AddDomainEvent(new OutboundQueued(this));
    }

    public long Id { get; private set; }

    public OutboundTarget Target { get; private set; }

    /// <summary>The connector's or the webhook's id.</summary>
    public int TargetId { get; private set; }

    /// <summary>The conversation whose order it keeps; null for a test event.</summary>
    public int? ConversationId { get; private set; }

    /// <summary>The id receivers deduplicate by; the same on every attempt and on a replay.</summary>
    public string EventId { get; private set; }

    /// <summary><c>message.created</c>, <c>conversation.created</c>, <c>conversation.closed</c>, <c>conversation.rated</c>, <c>test</c>.</summary>
    public string EventType { get; private set; }

    /// <summary>The JSON body, fixed when the event was written: every attempt sends the same bytes.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When an administrator last sent it again; its 24 hours count from then.</summary>
    public DateTimeOffset? ReplayedAt { get; private set; }

    /// <summary>When it may be sent (again); null once delivered or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset? GivenUpAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>What the receiver last answered (an HTTP status), when it answered.</summary>
    public int? LastStatus { get; private set; }

    public bool IsPending => NextAttemptAt is not null;

    /// <summary>An attempt starts: no other runner takes it during the lease.</summary>
    public void Claim(DateTimeOffset now)
    {
        Attempts++;
        NextAttemptAt = now + Lease;
    }

    public void Delivered(int? status, DateTimeOffset now)
    {
        DeliveredAt = now;
        NextAttemptAt = null;
        LastStatus = status;
        LastError = null;
    }

    /// <summary>The attempt failed. True when the event is given up: 24 hours passed, or the receiver cannot ever take it.</summary>
    /// <param name="retryAfter">The pause the receiver asked for (429 Retry-After); otherwise the schedule's.</param>
    public bool Failed(string error, int? status, TimeSpan? retryAfter, bool permanent, double jitter, DateTimeOffset now)
    {
        LastError = error.Length <= ErrorMaxLength ? error : error[..(ErrorMaxLength - 1)] + "…";
        LastStatus = status;
        var next = now + (retryAfter ?? RetrySchedule.PauseAfter(Attempts, jitter));
        if (permanent || next > (ReplayedAt ?? CreatedAt) + RetrySchedule.GiveUpAfter)
        {
            GivenUpAt = now;
            NextAttemptAt = null;
            return true;
        }

        NextAttemptAt = next;
        return false;
    }

    /// <summary>Nothing to send any more (the connector or webhook is gone): kept in the log, never sent.</summary>
    public void Drop(string reason, DateTimeOffset now)
    {
        LastError = reason;
        GivenUpAt = now;
        NextAttemptAt = null;
    }

    /// <summary>An administrator sends it again from the delivery log, with the same event id; the 24 hours start again.</summary>
    public void Replay(DateTimeOffset now)
    {
        if (IsPending)
        {
            return;
        }

        ReplayedAt = now;
        NextAttemptAt = now;
        DeliveredAt = null;
        GivenUpAt = null;
        Attempts = 0;
        AddDomainEvent(new OutboundQueued(this));
    }
}
