using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>
/// A Telegram connector's own settings, kept as JSON in <see cref="Domain.Channels.Connector.Settings"/>: the mode, the
/// bot's identity, the next update to ask for (long polling acknowledges everything before it, so it moves only once
/// the updates before it are stored) and the hash of the webhook's secret header.
/// </summary>
public sealed record TelegramSettings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public TelegramMode Mode { get; init; }

    public long? BotId { get; init; }

    /// <summary>The bot's @username, without the @ (what clients search for in Telegram).</summary>
    public string? BotUsername { get; init; }

    /// <summary>The first update id not stored yet; 0 before the first.</summary>
    public long Offset { get; init; }

    /// <summary>SHA-256 of the secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c> (webhook mode).</summary>
    public string? WebhookSecretHash { get; init; }

    /// <summary>Unreadable or missing settings read as the defaults (polling from the start), never as an error.</summary>
    public static TelegramSettings Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new TelegramSettings();
        }

        try
        {
            return JsonSerializer.Deserialize<TelegramSettings>(json, Json) ?? new TelegramSettings();
        }
        catch (JsonException)
        {
            return new TelegramSettings();
        }
    }

    public string Write() => JsonSerializer.Serialize(this, Json);
}
