using OpenChannels.Domain.Bots;

namespace OpenChannels.Web.Features.Bots;

/// <summary>What the bot dialog edits: its name, the FAQ bot's no-match text, the webhook bot's address and failure limit.</summary>
public sealed class BotForm
{
    public BotKind Kind { get; set; } = BotKind.Faq;

    public string Name { get; set; } = string.Empty;

    /// <summary>Empty for the channel language's default text.</summary>
    public string? NoMatchText { get; set; }

    public string? WebhookUrl { get; set; }

    public int FailureLimit { get; set; } = 3;
}
