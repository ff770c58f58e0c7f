using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Features.Bots;

/// <summary>
/// The bot's part in a conversation (B-1…B-4), always inside the caller's write transaction: taking a new conversation,
/// answering the client (the FAQ bot at once, a webhook bot through its outbox), and handing over to the agents —
/// where the normal routing runs (modes, limits, hours) and the agents' clocks start.
/// </summary>
public sealed class BotRuntime(RoutingService routing)
{
    /// <summary>B-1, B-2: the channel's bot takes this new conversation, before its first message is recorded.</summary>
    public async Task<bool> TryTakeAsync(OpenChannelsDbContext db, OpenChannel channel, Conversation conversation, DateTimeOffset now)
    {
        var policy = channel.Chatbot;
        if (!policy.Enabled || policy.BotId is not { } botId)
        {
            return false;
        }

        var firstRequest = !await db.Conversations.AnyAsync(c =>
            c.ClientId == conversation.ClientId && c.ConnectorId == conversation.ConnectorId && c.Id != conversation.Id);
        if (!policy.TakesNewConversation(firstRequest) || !await db.Bots.AnyAsync(b => b.Id == botId))
        {
            return false;
        }

        conversation.StartWithBot(botId, policy.HandOverDueAt(now), policy.Disconnect);
        return true;
    }

    /// <summary>
    /// The client wrote in a conversation the bot takes part in. True when the bot holds it (the caller then neither
    /// routes it nor sends the out-of-hours reply); false when agents have it, the bot only listening along (B-4).
    /// </summary>
    public async Task<bool> OnClientMessageAsync(
        OpenChannelsDbContext db, OpenChannel channel, Conversation conversation, Message message, Client client, DateTimeOffset now)
    {
        if (!conversation.HasBot || await db.Bots.AsNoTracking().FirstOrDefaultAsync(b => b.Id == conversation.BotId) is not { } bot)
        {
            return false;
        }

        var holding = conversation.IsWithBot;
        if (holding && ChatbotPolicy.AsksForAgent(message.Text) && message.Attachment is null)
        {
            await HandOverAsync(db, channel, conversation, HandOverReason.ClientAsked, now);
            return true;
        }

        if (bot.Kind == BotKind.Webhook)
        {
            db.BotDeliveries.Add(BotEvents.MessageCreated(bot, channel, conversation, message, client, now));
        }
        else if (await AnswerAsync(db, channel, bot, message.Text, holding) is { } answer)
        {
            Say(db, conversation, bot.Id, answer, botMessageId: null, now);
        }

        return holding;
    }

    /// <summary>
    /// B-3: the agents get the conversation. The bot says so — outside working hours, when the agents are back — then the
    /// normal routing runs, as for any new request, and the A-3 unanswered clock starts.
    /// </summary>
    public async Task HandOverAsync(OpenChannelsDbContext db, OpenChannel channel, Conversation conversation, HandOverReason reason, DateTimeOffset now)
    {
        var botId = conversation.BotId;
        conversation.HandOverFromBot(reason, now, ResponseWatch.Of(channel));
        if (botId is { } bot && reason != HandOverReason.AgentSteppedIn)
        {
            Say(db, conversation, bot, BotTexts.HandOver(channel, now), botMessageId: null, now);
        }

        if (!channel.IsOpenAt(now))
        {
            // The bot said when the agents are back: the out-of-hours reply would say it twice.
            conversation.NoteOutOfHoursNoticeSent(now);
        }

        if (conversation.HasBot && botId is { } staying && await db.Bots.AsNoTracking().FirstOrDefaultAsync(b => b.Id == staying) is { Kind: BotKind.Webhook } webhook)
        {
            db.BotDeliveries.Add(BotEvents.HandedOver(webhook, conversation, reason, now));
        }

        conversation.ExpectAnswerBy(channel.Unanswered.After is { } after ? now + after : null);
        await routing.RouteAsync(db, conversation, RoutingTrigger.BotHandOver);
    }

    /// <summary>A bot's message in the conversation: the client sees it with the bot's name, agents in the history.</summary>
    public static Message Say(OpenChannelsDbContext db, Conversation conversation, int botId, string text, string? botMessageId, DateTimeOffset now)
    {
        var message = Message.FromBot(conversation.Id, botId, text, botMessageId, now);
        db.Messages.Add(message);
        conversation.RecordBotMessage(message.Preview, now);
        return message;
    }

    /// <summary>
    /// B-1: the FAQ bot's answer — the matching entry's, preferring the channel's language, else the no-match text.
    /// After a hand-over a bot that stays (B-4) answers only what it knows, and never the no-match text.
    /// </summary>
    private static async Task<string?> AnswerAsync(OpenChannelsDbContext db, OpenChannel channel, Bot bot, string text, bool holding)
    {
        var entries = await db.FaqEntries.AsNoTracking().Where(e => e.BotId == bot.Id).ToListAsync();
        return FaqMatcher.Best(text, entries, channel.Language) is { } match
            ? BotTexts.Answer(channel, match.Entry)
            : holding ? BotTexts.NoMatch(channel, bot) : null;
    }
}
