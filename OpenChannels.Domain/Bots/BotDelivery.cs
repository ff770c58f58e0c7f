using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Bots;

/// <summary>
/// One event for a webhook bot, written in the transaction of the client message it tells about (an outbox), so none
/// is lost and none is sent for a message that was not stored. A conversation's events go out one at a time in order;
/// a failed attempt is tried again after a growing pause, and after the bot's failure limit the event is given up and
/// the conversation goes to the agents. The state is on the row: a restart goes on where it stopped.
/// </summary>
public sealed class BotDelivery : AggregateRoot
{
    public const int ErrorMaxLength = 500;

    /// <summary>An attempt claims the event for this long; one that never reported back (a crash) is retried after it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    /// <summary>The pause before the next attempt, by the number of attempts made (the last one repeats).</summary>
    public static readonly IReadOnlyList<TimeSpan> Backoff =
        [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10)];

    private BotDelivery()
    {
        EventType = string.Empty;
        Payload = string.Empty;
    }

    public BotDelivery(int botId, int conversationId, long? messageId, string eventType, string payload, DateTimeOffset now)
    {
        BotId = botId;
        ConversationId = conversationId;
        MessageId = messageId;
        EventType = eventType;
        Payload = payload;
        CreatedAt = now;
        NextAttemptAt = now;
        AddDomainEvent(new BotDeliveryQueued(this));
    }

    public long Id { get; private set; }

    public int BotId { get; private set; }

    public int ConversationId { get; private set; }

    public long? MessageId { get; private set; }

    /// <summary><c>message.created</c> or <c>conversation.handed_over</c>.</summary>
    public string EventType { get; private set; }

    /// <summary>The JSON body, fixed when the event was written: every attempt sends the same bytes.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it may be sent (again); null once delivered or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset? GivenUpAt { get; private set; }

    public string? LastError { get; private set; }

    public bool IsPending => DeliveredAt is null && GivenUpAt is null;

    /// <summary>An attempt starts: no other runner takes it during the lease.</summary>
    public void Claim(DateTimeOffset now)
    {
        Attempts++;
        NextAttemptAt = now + Lease;
    }

    public void Delivered(DateTimeOffset now)
    {
        DeliveredAt = now;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>The attempt failed: true when this was the last one the bot's limit allows (the event is given up).</summary>
    public bool Failed(string error, int failureLimit, DateTimeOffset now)
    {
        LastError = error.Length <= ErrorMaxLength ? error : error[..(ErrorMaxLength - 1)] + "…";
        if (Attempts >= failureLimit)
        {
            GivenUpAt = now;
            NextAttemptAt = null;
            return true;
        }

        NextAttemptAt = now + Backoff[Math.Min(Attempts, Backoff.Count) - 1];
        return false;
    }

    /// <summary>The bot is no longer in the conversation (handed over and gone, or the conversation ended): nothing to send.</summary>
    public void Drop(DateTimeOffset now)
    {
        GivenUpAt = now;
        NextAttemptAt = null;
    }
}
