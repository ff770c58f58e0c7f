using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Bots;

/// <summary>
/// The bots page (administrators): adding the built-in FAQ bot or a webhook bot, their FAQ entries, their credentials
/// and error log. Deleting a bot hands its conversations over to the agents and turns off the Chatbots tab of the
/// channels that used it, in one transaction.
/// </summary>
public sealed class BotService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, BotCredentials credentials, BotRuntime runtime, TimeProvider clock)
{
    public async Task<IReadOnlyList<BotRow>> ListAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var bots = await db.Bots.AsNoTracking().OrderBy(b => b.Name).ThenBy(b => b.Id).ToListAsync();
        var entries = await db.FaqEntries.GroupBy(e => e.BotId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var holding = await db.Conversations.Where(c => c.IsOpen && c.BotId != null).GroupBy(c => c.BotId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var channels = await ChannelsByBotAsync(db);
        var errors = (await db.BotLog.AsNoTracking().GroupBy(e => e.BotId).Select(g => g.OrderByDescending(e => e.Id).First()).ToListAsync())
            .ToDictionary(e => e.BotId);
        return bots.Select(b => new BotRow(
            b.Id,
            b.Name,
            b.Kind,
            entries.GetValueOrDefault(b.Id),
            channels.GetValueOrDefault(b.Id) ?? [],
            holding.GetValueOrDefault(b.Id),
            errors.GetValueOrDefault(b.Id)?.Text,
            errors.GetValueOrDefault(b.Id)?.At)).ToList();
    }

    public async Task<BotDetails?> GetAsync(int botId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var bot = await db.Bots.AsNoTracking().FirstOrDefaultAsync(b => b.Id == botId);
        if (bot is null)
        {
            return null;
        }

        var entries = await db.FaqEntries.AsNoTracking().Where(e => e.BotId == botId).OrderBy(e => e.Id).ToListAsync();
        var log = await db.BotLog.AsNoTracking().Where(e => e.BotId == botId).OrderByDescending(e => e.Id).Take(50).ToListAsync();
        return new BotDetails(bot, entries, (await ChannelsByBotAsync(db)).GetValueOrDefault(botId) ?? [], log);
    }

    /// <summary>Adds a bot; a webhook bot's secret and token come back in clear, to be shown once.</summary>
    public Task<Result<(int Id, NewBotCredentials? Credentials)>> CreateAsync(BotForm form) => writes.RunAsync<(int, NewBotCredentials?)>(async db =>
    {
        var now = clock.GetUtcNow();
        NewBotCredentials? created = null;
        Bot bot;
        if (form.Kind == BotKind.Webhook)
        {
            created = credentials.Create();
            bot = Bot.Webhook(form.Name, form.WebhookUrl ?? string.Empty, form.FailureLimit, created.ProtectedSecret, created.TokenHash, now);
        }
        else
        {
            bot = Bot.Faq(form.Name, form.NoMatchText, now);
        }

        db.Bots.Add(bot);
        await db.SaveChangesAsync();
        return (bot.Id, created);
    });

    public Task<Result> UpdateAsync(int botId, BotForm form) => writes.RunAsync(async db =>
    {
        if (await db.Bots.FirstOrDefaultAsync(b => b.Id == botId) is not { } bot)
        {
            return new NotFound("Bot", botId);
        }

        bot.Rename(form.Name);
        if (bot.Kind == BotKind.Webhook)
        {
            bot.ChangeWebhook(form.WebhookUrl ?? string.Empty, form.FailureLimit);
        }
        else
        {
            bot.ChangeNoMatchText(form.NoMatchText);
        }

        return Result.Ok;
    });

    /// <summary>A new secret and token for a webhook bot; the old ones stop working at once.</summary>
    public Task<Result<NewBotCredentials>> RenewCredentialsAsync(int botId) => writes.RunAsync<NewBotCredentials>(async db =>
    {
        if (await db.Bots.FirstOrDefaultAsync(b => b.Id == botId && b.Kind == BotKind.Webhook) is not { } bot)
        {
            return new NotFound("Bot", botId);
        }

        var created = credentials.Create();
        bot.ChangeCredentials(created.ProtectedSecret, created.TokenHash);
        return created;
    });

    /// <summary>
    /// Deletes the bot: the conversations it holds go to the agents (normal routing), those it stayed in lose it, and
    /// the channels that chose it have their Chatbots tab turned off until another bot is chosen.
    /// </summary>
    public Task<Result> DeleteAsync(int botId) => writes.RunAsync(async db =>
    {
        if (await db.Bots.FirstOrDefaultAsync(b => b.Id == botId) is not { } bot)
        {
            return new NotFound("Bot", botId);
        }

        var now = clock.GetUtcNow();
        var channels = await db.OpenChannels.ToListAsync();
        foreach (var conversation in await db.Conversations.Where(c => c.IsOpen && c.BotId == botId).ToListAsync())
        {
            if (conversation.IsWithBot)
            {
                await runtime.HandOverAsync(db, channels.First(ch => ch.Id == conversation.OpenChannelId), conversation, HandOverReason.BotRemoved, now);
            }

            conversation.DisconnectBot();
        }

        foreach (var channel in channels.Where(ch => ch.Chatbot.BotId == botId))
        {
            channel.ChangeChatbot(channel.Chatbot.WithoutBot());
        }

        // The hand-over's own words are the bot's; they stay in the history without its name once it is gone.
        await db.SaveChangesAsync();
        db.Bots.Remove(bot);
        return Result.Ok;
    });

    public Task<Result<int>> SaveEntryAsync(int botId, int? entryId, FaqEntryForm form) => writes.RunAsync<int>(async db =>
    {
        if (!await db.Bots.AnyAsync(b => b.Id == botId && b.Kind == BotKind.Faq))
        {
            return new NotFound("Bot", botId);
        }

        FaqEntry? entry;
        if (entryId is { } id)
        {
            entry = await db.FaqEntries.FirstOrDefaultAsync(e => e.Id == id && e.BotId == botId);
            if (entry is null)
            {
                return new NotFound("FAQ entry", id);
            }

            entry.Change(form.Language, form.Phrasings, form.Answer, form.OffersAgent);
        }
        else
        {
            entry = new FaqEntry(botId, form.Language, form.Phrasings, form.Answer, form.OffersAgent);
            db.FaqEntries.Add(entry);
        }

        await db.SaveChangesAsync();
        return entry.Id;
    });

    public Task<Result> DeleteEntryAsync(int botId, int entryId) => writes.RunAsync(async db =>
    {
        var deleted = await db.FaqEntries.Where(e => e.Id == entryId && e.BotId == botId).ExecuteDeleteAsync();
        return deleted == 0 ? new NotFound("FAQ entry", entryId) : Result.Ok;
    });

    /// <summary>
    /// B-1, the bot page's "Try it": the entry the FAQ bot would answer this message with in a channel of this language,
    /// and how closely it matched; null when none matches (the bot would send its no-match text). Writes nothing.
    /// </summary>
    public async Task<FaqTrial?> TryAsync(int botId, string text, ChannelLanguage language)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var entries = await db.FaqEntries.AsNoTracking().Where(e => e.BotId == botId).ToListAsync();
        return FaqMatcher.Best(text, entries, language) is { } match
            ? new FaqTrial(match.Entry.Id, match.Entry.Answer, match.Entry.OffersAgent, match.Score)
            : null;
    }

    /// <summary>The channels with a quick-reply list, for the import.</summary>
    public async Task<IReadOnlyList<QuickReplySource>> QuickReplySourcesAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();

        // Sorted before the record is made: EF cannot order by a member of a constructed record.
        var sources = await db.OpenChannels.AsNoTracking().Where(ch => ch.QuickReplyListId != null)
            .Join(db.QuickReplyLists, ch => ch.QuickReplyListId, l => l.Id, (ch, l) => new
            {
                ch.Id,
                ch.Name,
                ListName = l.Name,
                Replies = db.QuickReplies.Count(r => r.ListId == l.Id),
            })
            .OrderBy(s => s.Name)
            .ToListAsync();
        return sources.Select(s => new QuickReplySource(s.Id, s.Name, s.ListName, s.Replies)).ToList();
    }

    /// <summary>
    /// The channel's quick replies become entries in the channel's language — the title as the phrasing, the text as
    /// the answer, offering an agent. A reply already imported is not imported twice. Returns how many were added.
    /// </summary>
    public Task<Result<int>> ImportQuickRepliesAsync(int botId, int openChannelId) => writes.RunAsync<int>(async db =>
    {
        if (!await db.Bots.AnyAsync(b => b.Id == botId && b.Kind == BotKind.Faq))
        {
            return new NotFound("Bot", botId);
        }

        var channel = await db.OpenChannels.AsNoTracking().FirstOrDefaultAsync(ch => ch.Id == openChannelId);
        if (channel?.QuickReplyListId is not { } listId)
        {
            return new InvalidInput("OpenChannelId", "This channel has no list of quick replies.");
        }

        var replies = await db.QuickReplies.AsNoTracking().Where(r => r.ListId == listId).OrderBy(r => r.Id).ToListAsync();
        var existing = (await db.FaqEntries.AsNoTracking().Where(e => e.BotId == botId).ToListAsync())
            .Select(e => (e.Phrasings, e.Answer)).ToHashSet();
        var added = 0;
        // A title without letters or digits (an emoji) cannot be matched: that reply stays out, the others come in.
        foreach (var reply in replies.Where(r => FaqMatcher.Trigrams(r.Title).Count > 0))
        {
            var entry = new FaqEntry(botId, channel.Language, reply.Title, reply.Text, offersAgent: true);
            if (existing.Add((entry.Phrasings, entry.Answer)))
            {
                db.FaqEntries.Add(entry);
                added++;
            }
        }

        return added;
    });

    private static async Task<Dictionary<int, IReadOnlyList<string>>> ChannelsByBotAsync(OpenChannelsDbContext db) =>
        (await db.OpenChannels.AsNoTracking().Where(ch => ch.Chatbot.BotId != null).Select(ch => new { BotId = ch.Chatbot.BotId!.Value, ch.Name, ch.Chatbot.Enabled })
            .ToListAsync())
        .GroupBy(c => c.BotId)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Where(c => c.Enabled).Select(c => c.Name).Order().ToList());
}
