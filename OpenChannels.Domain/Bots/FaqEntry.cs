using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Bots;

/// <summary>
/// One question of an FAQ bot: the ways clients ask it (one phrasing or keyword per line), the answer, and whether the
/// answer offers an agent. An entry in a language answers that language's channels first.
/// </summary>
public sealed class FaqEntry
{
    public const int PhrasingsMaxLength = 2000;
    public const int AnswerMaxLength = 4000;

    private FaqEntry()
    {
        Phrasings = string.Empty;
        Answer = string.Empty;
    }

    public FaqEntry(int botId, ChannelLanguage? language, string phrasings, string answer, bool offersAgent)
        : this()
    {
        BotId = botId;
        Change(language, phrasings, answer, offersAgent);
    }

    public int Id { get; private set; }

    public int BotId { get; private set; }

    /// <summary>Null: any language.</summary>
    public ChannelLanguage? Language { get; private set; }

    /// <summary>One phrasing or keyword per line.</summary>
    public string Phrasings { get; private set; }

    public string Answer { get; private set; }

    /// <summary>The answer ends by telling the client to send 0 for an agent.</summary>
    public bool OffersAgent { get; private set; }

    public IReadOnlyList<string> PhrasingLines =>
        Phrasings.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public void Change(ChannelLanguage? language, string phrasings, string answer, bool offersAgent)
    {
        var lines = Guard.RequiredText(phrasings, "Phrasings", PhrasingsMaxLength)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.All(line => FaqMatcher.Trigrams(line).Count == 0))
        {
            throw new DomainRuleViolated(new InvalidInput("Phrasings", "Write at least one phrasing with letters or digits."));
        }

        Language = language is null || Enum.IsDefined(language.Value) ? language : throw new DomainRuleViolated(
            new InvalidInput("Language", "Choose a language of the list."));
        Phrasings = string.Join('\n', lines);
        Answer = Guard.RequiredText(answer, "Answer", AnswerMaxLength);
        OffersAgent = offersAgent;
    }
}
