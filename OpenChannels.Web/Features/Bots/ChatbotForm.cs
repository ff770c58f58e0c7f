using OpenChannels.Domain.Bots;

namespace OpenChannels.Web.Features.Bots;

/// <summary>What the Chatbots tab edits (B-1…B-4).</summary>
public sealed class ChatbotForm
{
    public bool Enabled { get; set; }

    public int? BotId { get; set; }

    public BotActivation Activation { get; set; } = BotActivation.EveryConversation;

    public bool HandOverAfterOn { get; set; }

    /// <summary>B-3, in minutes: 1 minute to 1 day.</summary>
    public int HandOverMinutes { get; set; } = 5;

    public BotDisconnect Disconnect { get; set; } = BotDisconnect.AfterHandOver;
}
