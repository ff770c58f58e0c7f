using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Bots;

/// <summary>
/// What a webhook bot says and asks for, however it arrives: in the answer to an event (with the event's outcome, in
/// one transaction), or through the bot API. A message that carries the bot's own id is stored once.
/// </summary>
public sealed class BotReplies(WritePipeline writes, BotRuntime runtime, TimeProvider clock)
{
    /// <summary>Writes a delivery attempt's outcome; true when it was delivered.</summary>
    public async Task<bool> RecordAsync(long deliveryId, BotCallOutcome outcome, CancellationToken cancellationToken)
    {
        var recorded = await writes.RunAsync(
            async db =>
            {
                var now = clock.GetUtcNow();
                var delivery = await db.BotDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
                if (delivery is not { IsPending: true })
                {
                    return Unchanged.Instance;
                }

                var conversation = await db.Conversations.FirstAsync(c => c.Id == delivery.ConversationId, cancellationToken);
                var bot = await db.Bots.AsNoTracking().FirstAsync(b => b.Id == delivery.BotId, cancellationToken);
                if (outcome.Reply is { } reply)
                {
                    delivery.Delivered(now);
                    await ApplyAsync(db, bot, conversation, reply, $"event-{delivery.Id}", now);
                    return Result.Ok;
                }

                var givenUp = delivery.Failed(outcome.Error ?? "Unknown error.", bot.FailureLimit, now);
                var handOver = givenUp && conversation.IsWithBot;
                db.BotLog.Add(new BotLogEntry(
                    bot.Id, conversation.Id, $"{delivery.EventType} · attempt {delivery.Attempts}: {outcome.Error}", handOver, now));
                await TrimLogAsync(db, bot.Id, cancellationToken);
                if (handOver)
                {
                    await runtime.HandOverAsync(db, await ChannelAsync(db, conversation), conversation, HandOverReason.BotFailed, now);
                }

                return Result.Ok;
            },
            cancellationToken);
        return recorded.Succeeded && outcome.Reply is not null;
    }

    /// <summary>The bot API: the bot writes in a conversation it takes part in, and may hand it over.</summary>
    public Task<Result<BotPosted>> PostAsync(int botId, int conversationId, BotReply reply) => writes.RunAsync<BotPosted>(async db =>
    {
        var now = clock.GetUtcNow();
        var bot = await db.Bots.AsNoTracking().FirstAsync(b => b.Id == botId);
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId && c.BotId == botId);
        if (conversation is null)
        {
            // Only the conversations it takes part in exist for a bot; whether others exist is not its business.
            return new NotFound("Conversation", conversationId);
        }

        if (!conversation.HasBot)
        {
            return new ConversationFinished(conversationId);
        }

        if (reply.HandOver && !conversation.IsWithBot)
        {
            return new NotWithBot(conversationId);
        }

        var stored = await ApplyAsync(db, bot, conversation, reply, keyPrefix: null, now);
        return new BotPosted(stored.Select(m => m.Id).ToList(), conversation.IsWithBot);
    });

    private async Task<List<Message>> ApplyAsync(OpenChannelsDbContext db, Bot bot, Conversation conversation, BotReply reply, string? keyPrefix, DateTimeOffset now)
    {
        var stored = new List<Message>();
        if (conversation.BotId != bot.Id || !conversation.HasBot)
        {
            // It answered after it left (handed over and gone, or the conversation ended): nothing reaches the client.
            return stored;
        }

        for (var i = 0; i < reply.Messages.Count; i++)
        {
            var key = reply.Messages[i].Id ?? (keyPrefix is null ? null : $"{keyPrefix}-{i}");
            var existing = key is null ? null : await db.Messages.FirstOrDefaultAsync(m => m.BotId == bot.Id && m.ClientMessageId == key);
            stored.Add(existing ?? BotRuntime.Say(db, conversation, bot.Id, reply.Messages[i].Text, key, now));
        }

        if (stored.Count > 0)
        {
            await db.SaveChangesAsync();
        }

        if (reply.HandOver && conversation.IsWithBot)
        {
            await runtime.HandOverAsync(db, await ChannelAsync(db, conversation), conversation, HandOverReason.BotAsked, now);
        }

        return stored;
    }

    private static Task<Domain.Channels.OpenChannel> ChannelAsync(OpenChannelsDbContext db, Conversation conversation) =>
        db.OpenChannels.AsNoTracking().FirstAsync(c => c.Id == conversation.OpenChannelId);

    /// <summary>A bot keeps its last <see cref="BotLogEntry.Kept"/> entries.</summary>
    private static async Task TrimLogAsync(OpenChannelsDbContext db, int botId, CancellationToken cancellationToken)
    {
        var oldestKept = await db.BotLog.Where(e => e.BotId == botId).OrderByDescending(e => e.Id)
            .Skip(BotLogEntry.Kept - 1).Select(e => (long?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (oldestKept is { } keep)
        {
            await db.BotLog.Where(e => e.BotId == botId && e.Id < keep).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
