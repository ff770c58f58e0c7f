namespace OpenChannels.Web.Features.Channels;

/// <summary>One line of a delivery log.</summary>
public sealed record DeliveryRow(
    long Id, string EventId, string EventType, int? ConversationId, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt, DateTimeOffset? GivenUpAt, int? LastStatus, string? LastError)
{
    public bool IsPending => NextAttemptAt is not null;
}
