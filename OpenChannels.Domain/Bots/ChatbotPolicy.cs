using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Bots;

/// <summary>
/// The Chatbots tab (B-1…B-4): whether new client requests go to a bot first, which bot, when it takes them, when it
/// hands them over to the agents, and when it leaves.
/// </summary>
public sealed record ChatbotPolicy
{
    /// <summary>B-3: the hand-over time, from one minute to one day.</summary>
    public static readonly MinutesRange HandOverRange = new(1, 24 * 60, "1 minute and 1 day");

    /// <summary>B-3: what the client sends to reach an agent at once (trimmed, nothing else).</summary>
    public const string HandOverCommand = "0";

    public static readonly ChatbotPolicy None = new();

    private ChatbotPolicy()
    {
    }

    public ChatbotPolicy(bool enabled, int? botId, BotActivation activation, TimeSpan? handOverAfter, BotDisconnect disconnect)
    {
        if (enabled && botId is null)
        {
            throw new DomainRuleViolated(new InvalidInput("BotId", "Choose the bot that takes new client requests."));
        }

        if (handOverAfter is { } after && !HandOverRange.Contains(after))
        {
            throw new DomainRuleViolated(new InvalidInput("HandOverAfter", "The hand-over time must be between {0}.", HandOverRange.Described));
        }

        if (!Enum.IsDefined(activation) || !Enum.IsDefined(disconnect))
        {
            throw new DomainRuleViolated(new InvalidInput("Activation", "Choose when the bot starts and when it leaves."));
        }

        Enabled = enabled;
        BotId = botId;
        Activation = activation;
        HandOverAfter = handOverAfter;
        Disconnect = disconnect;
    }

    /// <summary>B-1: new client requests go to the bot first.</summary>
    public bool Enabled { get; private init; }

    /// <summary>B-2: the bot; kept while the switch is off, so turning it on again needs no new choice.</summary>
    public int? BotId { get; private init; }

    public BotActivation Activation { get; private init; } = BotActivation.EveryConversation;

    /// <summary>B-3: after this long with the bot the conversation goes to the agents; null: only on request.</summary>
    public TimeSpan? HandOverAfter { get; private init; }

    public BotDisconnect Disconnect { get; private init; } = BotDisconnect.AfterHandOver;

    /// <summary>
    /// B-1, B-2: the bot takes this new conversation — when the tab is on, and on the first request only when the client
    /// has had no conversation with this connector before.
    /// </summary>
    public bool TakesNewConversation(bool clientsFirstRequest) =>
        Enabled && BotId is not null && (Activation == BotActivation.EveryConversation || clientsFirstRequest);

    /// <summary>B-3: when a conversation the bot takes now goes to the agents if nobody asked before.</summary>
    public DateTimeOffset? HandOverDueAt(DateTimeOffset now) => HandOverAfter is { } after ? now + after : null;

    /// <summary>B-3: the client asks for an agent with exactly <c>0</c>, trimmed.</summary>
    public static bool AsksForAgent(string? text) => text?.Trim() == HandOverCommand;

    /// <summary>The same settings without the bot: it was deleted, so the tab is off until another is chosen.</summary>
    public ChatbotPolicy WithoutBot() => this with { Enabled = false, BotId = null };
}
