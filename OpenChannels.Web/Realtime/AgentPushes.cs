using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;
using OpenChannels.Web.Events;

namespace OpenChannels.Web.Realtime;

/// <summary>
/// M-7: after each committed write, one event per conversation it touched to the agents' screens and streams —
/// Created for a new conversation, MessageAdded for a new client message (the Contact center rings for those two),
/// Changed for anything else.
/// </summary>
public sealed class AgentPushes(IDbContextFactory<OpenChannelsDbContext> contexts, AgentFeed agents) : IDomainEventHandler
{
    public async Task HandleAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        var touched = new Dictionary<int, ConversationEvent>();
        foreach (var introduced in events.OfType<ClientIntroduced>())
        {
            // the client's name shows on each of their open conversations.
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var open = await db.Conversations.Where(c => c.ClientId == introduced.Client.Id && c.IsOpen).Select(c => c.Id).ToListAsync(cancellationToken);
            open.ForEach(id => touched[id] = new ConversationEvent(id, ConversationEventKind.Changed));
        }

        foreach (var channel in events.OfType<ChannelActivityChanged>().Select(e => e.Channel.Id).Distinct())
        {
            // O-2: a channel turned off or on hides or shows its conversations on every screen.
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var open = await db.Conversations.Where(c => c.OpenChannelId == channel && c.IsOpen).Select(c => c.Id).ToListAsync(cancellationToken);
            open.ForEach(id => touched[id] = new ConversationEvent(id, ConversationEventKind.Changed));
        }

        // B-1: a conversation the bot holds is nobody's work yet — no ring; its hand-over rings as a new request.
        var withBot = events.Select(e => e switch { ConversationOpened o => o.Conversation, ConversationChanged c => c.Conversation, _ => null })
            .Where(c => c is { IsWithBot: true }).Select(c => c!.Id).ToHashSet();
        foreach (var domainEvent in events)
        {
            var (conversationId, kind, messageId) = domainEvent switch
            {
                HandedOverToAgents handedOver => (handedOver.Conversation.Id, ConversationEventKind.Created, (long?)null),
                ConversationOpened opened when withBot.Contains(opened.Conversation.Id) => (opened.Conversation.Id, ConversationEventKind.Changed, (long?)null),
                MessagePosted posted when withBot.Contains(posted.Message.ConversationId) => (posted.Message.ConversationId, ConversationEventKind.Changed, null),
                ConversationOpened opened => (opened.Conversation.Id, ConversationEventKind.Created, (long?)null),
                MessagePosted { Message.Kind: MessageKind.Client } posted => (posted.Message.ConversationId, ConversationEventKind.MessageAdded, posted.Message.Id),
                MessagePosted posted => (posted.Message.ConversationId, ConversationEventKind.Changed, null),
                MessageChanged changed => (changed.Message.ConversationId, ConversationEventKind.Changed, null),
                MessageRead read => (read.Message.ConversationId, ConversationEventKind.Changed, null),
                ConversationChanged conversation => (conversation.Conversation.Id, ConversationEventKind.Changed, null),
                _ => (0, ConversationEventKind.Changed, null),
            };
            if (conversationId == 0)
            {
                continue;
            }

            touched[conversationId] = touched.TryGetValue(conversationId, out var before)
                ? Stronger(before, new ConversationEvent(conversationId, kind, messageId))
                : new ConversationEvent(conversationId, kind, messageId);
        }

        foreach (var conversationEvent in touched.Values)
        {
            agents.Publish(conversationEvent);
        }
    }

    /// <summary>Created outranks MessageAdded, which outranks Changed; the first client message's id is kept.</summary>
    private static ConversationEvent Stronger(ConversationEvent a, ConversationEvent b) =>
        new(a.ConversationId, Rank(b.Kind) > Rank(a.Kind) ? b.Kind : a.Kind, a.MessageId ?? b.MessageId);

    private static int Rank(ConversationEventKind kind) => kind switch
    {
        ConversationEventKind.Created => 2,
        ConversationEventKind.MessageAdded => 1,
        _ => 0,
    };
}
