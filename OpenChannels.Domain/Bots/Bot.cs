using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Bots;

/// <summary>
/// A bot an administrator added (there is no market to install one from): the built-in FAQ bot, or an external service
/// reached by a signed webhook. Channels choose one on their Chatbots tab (B-1, B-2).
/// </summary>
public sealed class Bot : AggregateRoot
{
    public const int NameMaxLength = 60;
    public const int UrlMaxLength = 500;

    /// <summary>A webhook bot hands its conversations over after this many failed deliveries in a row.</summary>
    public static readonly (int Min, int Max) FailureLimitRange = (1, 10);

    private Bot()
    {
        Name = string.Empty;
    }

    private Bot(string name, BotKind kind, DateTimeOffset now)
    {
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        Kind = kind;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public BotKind Kind { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>FAQ: what it says when no entry matches; null for the channel language's default.</summary>
    public string? NoMatchText { get; private set; }

    /// <summary>Webhook: where the events are posted.</summary>
    public string? WebhookUrl { get; private set; }

    /// <summary>Webhook: the signing secret, as the host protected it (never stored in clear).</summary>
    public string? ProtectedSecret { get; private set; }

    /// <summary>Webhook: the hash of the token the bot answers with (shown once, never stored in clear).</summary>
    public string? TokenHash { get; private set; }

    /// <summary>Webhook: failed deliveries in a row after which the conversation goes to the agents.</summary>
    public int FailureLimit { get; private set; } = 3;

    public static Bot Faq(string name, string? noMatchText, DateTimeOffset now) =>
        new(name, BotKind.Faq, now) { NoMatchText = NoMatch(noMatchText) };

    public static Bot Webhook(string name, string url, int failureLimit, string protectedSecret, string tokenHash, DateTimeOffset now)
    {
        var bot = new Bot(name, BotKind.Webhook, now);
        bot.ChangeWebhook(url, failureLimit);
        bot.ChangeCredentials(protectedSecret, tokenHash);
        return bot;
    }

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);

    public void ChangeNoMatchText(string? text) => NoMatchText = NoMatch(text);

    public void ChangeWebhook(string url, int failureLimit)
    {
        if (Kind != BotKind.Webhook)
        {
            throw new InvalidOperationException($"Bot {Id} is not a webhook bot.");
        }

        WebhookUrl = ValidUrl(url);
        FailureLimit = failureLimit >= FailureLimitRange.Min && failureLimit <= FailureLimitRange.Max
            ? failureLimit
            : throw new DomainRuleViolated(new InvalidInput(
                "FailureLimit", "The number of failures must be between {0} and {1}.", FailureLimitRange.Min, FailureLimitRange.Max));
    }

    /// <summary>A new secret and token: the old ones stop working at once.</summary>
    public void ChangeCredentials(string protectedSecret, string tokenHash)
    {
        ProtectedSecret = protectedSecret;
        TokenHash = tokenHash;
    }

    private static string? NoMatch(string? text) => Guard.OptionalText(text, "No-match text", FaqEntry.AnswerMaxLength);

    private static string ValidUrl(string? url)
    {
        var text = Guard.RequiredText(url, "WebhookUrl", UrlMaxLength);
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.UserInfo)
            ? uri.ToString()
            : throw new DomainRuleViolated(new InvalidInput("WebhookUrl", "Enter the bot's address, starting with https:// (or http://)."));
    }
}
