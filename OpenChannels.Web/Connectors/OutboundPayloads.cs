using System.Text.Json;
using System.Text.Json.Serialization;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Connectors;

/// <summary>
/// The JSON of outbound events (documented in docs/api/inbox.md): <c>{ id, type, createdAt, conversation, client,
/// message? }</c>, in camelCase. Written once, when the event is written, so every attempt sends the same bytes.
/// </summary>
public static class OutboundPayloads
{
    public const string MessageCreated = "message.created";
    public const string ConversationCreated = "conversation.created";
    public const string ConversationClosed = "conversation.closed";
    public const string ConversationRated = "conversation.rated";
    public const string Test = "test";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(OutboundEvent body) => JsonSerializer.Serialize(body, Json);

    public static OutboundEvent? Read(string payload) => JsonSerializer.Deserialize<OutboundEvent>(payload, Json);

    public static OutboundConversation ConversationOf(ConversationFacts facts) =>
        new(facts.Id, facts.OpenChannelId, facts.ConnectorId, facts.Status, facts.ClientRating);

    public static OutboundMessage MessageOf(Message message, string connectorKey) => new(
        message.Id,
        message.Kind,
        message.Text,
        message.CreatedAt,
        message.ClientMessageId,
        message.Attachment is { } file
            ? new OutboundFile(file.OriginalName, file.ContentType, file.Size, $"/api/inbox/{connectorKey}/messages/{message.Id}/file")
            : null);
}

/// <summary>One event as its receiver reads it.</summary>
public sealed record OutboundEvent(
    string Id, string Type, DateTimeOffset CreatedAt, OutboundConversation? Conversation, OutboundClient? Client, OutboundMessage? Message);

public sealed record OutboundConversation(int Id, int ChannelId, int ConnectorId, ConversationStatus Status, ClientRating? Rating);

/// <summary>The client as the connector knows them: <c>externalId</c> is the API caller's, the Telegram chat's or the e-mail address.</summary>
public sealed record OutboundClient(int Id, string? ExternalId, string? Name, string? Email);

public sealed record OutboundMessage(long Id, MessageKind Kind, string Text, DateTimeOffset CreatedAt, string? ClientMessageId, OutboundFile? Attachment);

/// <summary>An attachment: <c>url</c> is a path on this server, fetched with the connector's token.</summary>
public sealed record OutboundFile(string Name, string ContentType, long Size, string Url);

/// <summary>What the outbox writer reads of a conversation, once per transaction.</summary>
public sealed record ConversationFacts(
    int Id, int OpenChannelId, int ConnectorId, int ClientId, ConversationStatus Status, ClientRating? ClientRating,
    Domain.Channels.ConnectorKind Kind, string ConnectorKey, bool ConnectorSends, string? ExternalId, string? ClientName, string? ClientEmail);
