namespace OpenChannels.Domain.Bots;

/// <summary>A failed delivery to a webhook bot, for its administrator to read on the bot's page.</summary>
public sealed class BotLogEntry
{
    public const int TextMaxLength = 500;

    /// <summary>How many entries a bot keeps; older ones are removed as new ones arrive.</summary>
    public const int Kept = 200;

    private BotLogEntry()
    {
        Text = string.Empty;
    }

    public BotLogEntry(int botId, int? conversationId, string text, bool handedOver, DateTimeOffset at)
    {
        BotId = botId;
        ConversationId = conversationId;
        Text = text.Length <= TextMaxLength ? text : text[..(TextMaxLength - 1)] + "…";
        HandedOver = handedOver;
        At = at;
    }

    public long Id { get; private set; }

    public int BotId { get; private set; }

    public int? ConversationId { get; private set; }

    public string Text { get; private set; }

    /// <summary>This failure was the last one allowed: the conversation went to the agents.</summary>
    public bool HandedOver { get; private set; }

    public DateTimeOffset At { get; private set; }
}
