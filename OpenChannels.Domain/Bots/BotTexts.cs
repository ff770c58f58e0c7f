using System.Globalization;
using OpenChannels.Domain.Channels;

namespace OpenChannels.Domain.Bots;

/// <summary>What a bot says on its own, in the channel's language (the channel may override each text).</summary>
public static class BotTexts
{
    /// <summary>B-1: an FAQ answer, ending with the way to an agent when the entry offers one.</summary>
    public static string Answer(OpenChannel channel, FaqEntry entry) =>
        entry.OffersAgent ? entry.Answer + "\n\n" + channel.TextFor(DefaultText.BotOffersAgent) : entry.Answer;

    /// <summary>B-1: nothing matched: the bot's own text, else the channel language's.</summary>
    public static string NoMatch(OpenChannel channel, Bot bot) => bot.NoMatchText ?? channel.TextFor(DefaultText.BotNoMatch);

    /// <summary>
    /// B-3: the hand-over. Outside working hours it says when the agents are back, in the channel's zone and language
    /// (asked for by users of other products; beyond the seeds).
    /// </summary>
    public static string HandOver(OpenChannel channel, DateTimeOffset now)
    {
        if (channel.Hours.Schedule is not { } schedule || schedule.IsOpenAt(now))
        {
            return channel.TextFor(DefaultText.BotHandOver);
        }

        var culture = CultureOf(channel.Language);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId);
        var back = TimeZoneInfo.ConvertTime(schedule.NextOpening(now), zone);
        var when = back.ToString("dddd d MMMM, HH:mm", culture) + " (" + schedule.TimeZoneId + ")";
        return string.Format(culture, channel.TextFor(DefaultText.BotAgentsBack), when);
    }

    private static CultureInfo CultureOf(ChannelLanguage language) => CultureInfo.GetCultureInfo(language switch
    {
        ChannelLanguage.French => "fr-FR",
        ChannelLanguage.Italian => "it-IT",
        ChannelLanguage.Polish => "pl-PL",
        _ => "en-GB",
    });
}
