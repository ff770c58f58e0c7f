using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Outbound;
using OpenChannels.Web.Data;
using OpenChannels.Web.Events;

namespace OpenChannels.Web.Connectors;

/// <summary>
/// The outbox (CH-1): inside the transaction that stores a change, writes what must leave the process because of it —
/// the client's answer through their connector (Telegram, e-mail, the API caller's webhook) and each channel webhook's
/// event. Internal notes never leave; the client's own message is not sent back to their connector.
/// </summary>
public sealed class OutboxWriter(TimeProvider clock) : ITransactionalEventHandler
{
    public async Task<bool> HandleAsync(OpenChannelsDbContext db, IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        var wanted = new List<(int ConversationId, WebhookEvents Kind, Message? Message)>();
        foreach (var e in events)
        {
            switch (e)
            {
                case MessagePosted { Message: { IsVisibleToClient: true } message }:
                    wanted.Add((message.ConversationId, WebhookEvents.MessageCreated, message));
                    break;
                case ConversationOpened opened:
                    wanted.Add((opened.Conversation.Id, WebhookEvents.ConversationCreated, null));
                    break;
                case ConversationClosed closed:
                    wanted.Add((closed.Conversation.Id, WebhookEvents.ConversationClosed, null));
                    break;
                case ClientRated rated:
                    wanted.Add((rated.Conversation.Id, WebhookEvents.ConversationRated, null));
                    break;
            }
        }

        if (wanted.Count == 0)
        {
            return false;
        }

        // Mostly the rows the use case already holds (Find reads the context first): a live chat's message without
        // webhooks costs one small read here.
        var facts = new Dictionary<int, ConversationFacts>();
        foreach (var id in wanted.Select(w => w.ConversationId).Distinct())
        {
            if (await FactsAsync(db, id, cancellationToken) is { } found)
            {
                facts[id] = found;
            }
        }

        var channels = facts.Values.Select(f => f.OpenChannelId).Distinct().ToList();
        var hooks = await db.ChannelWebhooks.AsNoTracking().Where(h => channels.Contains(h.OpenChannelId) && h.IsEnabled).ToListAsync(cancellationToken);
        if (hooks.Count == 0 && !facts.Values.Any(f => f.ConnectorSends))
        {
            return false;
        }

        // The tracker lists aggregates in no causal order: a conversation opens, then its messages come in the order
        // stored, then it is rated or closed.
        var ordered = wanted.OrderBy(w => w.Kind switch
        {
            WebhookEvents.ConversationCreated => 0,
            WebhookEvents.MessageCreated => 1,
            WebhookEvents.ConversationRated => 2,
            _ => 3,
        }).ThenBy(w => w.Message?.Id ?? 0);
        var now = clock.GetUtcNow();
        foreach (var (conversationId, kind, message) in ordered)
        {
            if (!facts.TryGetValue(conversationId, out var conversation))
            {
                continue;
            }

            if (conversation.ConnectorSends && SendsToConnector(kind, message))
            {
                Add(db, OutboundTarget.Connector, conversation.ConnectorId, conversation, kind, message, now);
            }

            foreach (var hook in hooks.Where(h => h.OpenChannelId == conversation.OpenChannelId && h.Wants(kind)))
            {
                Add(db, OutboundTarget.Webhook, hook.Id, conversation, kind, message, now);
            }
        }

        return true;
    }

    /// <summary>The client's connector hears what reaches the client; the API caller also hears of closings and ratings.</summary>
    private static bool SendsToConnector(WebhookEvents kind, Message? message) => kind switch
    {
        WebhookEvents.MessageCreated => message!.Kind != MessageKind.Client,
        WebhookEvents.ConversationCreated => false,
        _ => true,
    };

    private static void Add(OpenChannelsDbContext db, OutboundTarget target, int targetId, ConversationFacts conversation, WebhookEvents kind, Message? message, DateTimeOffset now)
    {
        // A non-API connector is told only of messages: Telegram and e-mail have nothing to show for a closing.
        if (target == OutboundTarget.Connector && conversation.Kind != ConnectorKind.Api && kind != WebhookEvents.MessageCreated)
        {
            return;
        }

        var type = kind switch
        {
            WebhookEvents.MessageCreated => OutboundPayloads.MessageCreated,
            WebhookEvents.ConversationCreated => OutboundPayloads.ConversationCreated,
            WebhookEvents.ConversationClosed => OutboundPayloads.ConversationClosed,
            _ => OutboundPayloads.ConversationRated,
        };
        var id = NewEventId();
        var body = new OutboundEvent(
            id,
            type,
            now,
            OutboundPayloads.ConversationOf(conversation),
            new OutboundClient(conversation.ClientId, conversation.ExternalId, conversation.ClientName, conversation.ClientEmail),
            message is null ? null : OutboundPayloads.MessageOf(message, conversation.ConnectorKey));
        db.OutboundDeliveries.Add(new OutboundDelivery(target, targetId, conversation.Id, id, type, OutboundPayloads.Serialize(body), now));
    }

    public static string NewEventId() => "evt_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    private static async Task<ConversationFacts?> FactsAsync(OpenChannelsDbContext db, int conversationId, CancellationToken cancellationToken)
    {
        var c = await db.Conversations.FindAsync([conversationId], cancellationToken);
        var k = c is null ? null : await db.Connectors.FindAsync([c.ConnectorId], cancellationToken);
        var p = c is null ? null : await db.Clients.FindAsync([c.ClientId], cancellationToken);
        if (c is null || k is null || p is null)
        {
            return null;
        }

        var sends = k.Kind is ConnectorKind.Telegram or ConnectorKind.Email || (k.Kind == ConnectorKind.Api && k.WebhookUrl is not null);
        return new ConversationFacts(
            c.Id, c.OpenChannelId, c.ConnectorId, c.ClientId, c.Status, c.ClientRating, k.Kind, k.PublicKey, sends, p.ExternalId, p.Name, p.Email);
    }
}
