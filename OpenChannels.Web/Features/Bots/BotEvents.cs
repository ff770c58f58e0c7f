using System.Text.Json;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Bots;

/// <summary>
/// The events a webhook bot receives (documented in the OpenAPI document and the README). The body is fixed when the
/// event is written, so every attempt sends the same signed bytes.
/// </summary>
public static class BotEvents
{
    public const string MessageCreatedType = "message.created";
    public const string HandedOverType = "conversation.handed_over";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static BotDelivery MessageCreated(Bot bot, OpenChannel channel, Conversation conversation, Message message, Client client, DateTimeOffset now) =>
        new(bot.Id, conversation.Id, message.Id, MessageCreatedType, JsonSerializer.Serialize(
            new
            {
                type = MessageCreatedType,
                createdAt = now,
                bot = new { id = bot.Id, name = bot.Name },
                conversation = Conversation(conversation, channel.Language),
                client = new { id = client.Id, name = client.Name, email = client.Email, phone = client.Phone },
                message = new
                {
                    id = message.Id,
                    text = message.Text,
                    createdAt = message.CreatedAt,
                    attachment = message.Attachment is { } file ? new { name = file.OriginalName, contentType = file.ContentType, size = file.Size } : null,
                },
            },
            Json),
            now);

    public static BotDelivery HandedOver(Bot bot, Conversation conversation, HandOverReason reason, DateTimeOffset now) =>
        new(bot.Id, conversation.Id, null, HandedOverType, JsonSerializer.Serialize(
            new
            {
                type = HandedOverType,
                createdAt = now,
                bot = new { id = bot.Id, name = bot.Name },
                conversation = new { id = conversation.Id, openChannelId = conversation.OpenChannelId, withBot = false },
                reason = ReasonName(reason),
            },
            Json),
            now);

    public static string ReasonName(HandOverReason reason) => reason switch
    {
        HandOverReason.ClientAsked => "client_asked",
        HandOverReason.TimeElapsed => "time_elapsed",
        HandOverReason.BotAsked => "bot_asked",
        HandOverReason.BotFailed => "bot_failed",
        HandOverReason.BotRemoved => "bot_removed",
        _ => "agent_stepped_in",
    };

    private static object Conversation(Conversation conversation, ChannelLanguage language) => new
    {
        id = conversation.Id,
        openChannelId = conversation.OpenChannelId,
        language = language.ToString().ToLowerInvariant(),
        withBot = conversation.IsWithBot,
    };
}
