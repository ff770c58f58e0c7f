using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>A-1, A-5, A-7: the greeting, the closing text, and closing when the client stops answering.</summary>
public sealed record AutomaticReplies
{
    /// <summary>A-7: how long the client has to answer the agent.</summary>
    public static readonly MinutesRange ClientTimeoutRange = new(1, 7 * 24 * 60, "1 minute and 7 days");

    private AutomaticReplies()
    {
        Closing = AutomaticReply.Off;
        Timeout = AutomaticReply.Off;
    }

    public AutomaticReplies(GreetingMode greeting, string? greetingText, AutomaticReply closing, TimeSpan? clientTimeout, AutomaticReply timeout)
    {
        if (!Enum.IsDefined(greeting))
        {
            throw new DomainRuleViolated(new InvalidInput("Greeting", "Choose when to greet clients."));
        }

        if (clientTimeout is { } after && !ClientTimeoutRange.Contains(after))
        {
            throw new DomainRuleViolated(new InvalidInput("Timeout", "The timeout must be between {0}.", ClientTimeoutRange.Described));
        }

        Greeting = greeting;
        GreetingText = Guard.OptionalText(greetingText, "Greeting", AutomaticReply.TextMaxLength);
        Closing = closing;
        ClientTimeout = clientTimeout;
        Timeout = timeout;
    }

    /// <summary>No greeting, no closing text, no timeout.</summary>
    public static AutomaticReplies None { get; } = new();

    /// <summary>A-1.</summary>
    public GreetingMode Greeting { get; private set; }

    /// <summary>Null: the channel language's default.</summary>
    public string? GreetingText { get; private set; }

    /// <summary>A-5: a text sent when an agent closes the conversation.</summary>
    public AutomaticReply Closing { get; private set; }

    /// <summary>A-7: close when the client has not answered the agent's last message for this long; null is never.</summary>
    public TimeSpan? ClientTimeout { get; private set; }

    /// <summary>A-7: the text sent when the conversation closes that way.</summary>
    public AutomaticReply Timeout { get; private set; }

    /// <summary>A-1: greet at every new conversation, or only at the client's first contact with the connector.</summary>
    public bool ShouldGreet(bool firstContact) => Greeting switch
    {
        GreetingMode.EveryConversation => true,
        GreetingMode.FirstContact => firstContact,
        _ => false,
    };
}
