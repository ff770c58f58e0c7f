namespace OpenChannels.Domain.Bots;

/// <summary>What answers for a bot: the built-in FAQ, or an external service reached by a signed webhook.</summary>
public enum BotKind
{
    /// <summary>Answers from its own list of questions and answers.</summary>
    Faq = 1,

    /// <summary>An external bot service: each client message is posted to it, it answers through the bot API.</summary>
    Webhook = 2,
}
