using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Employees;
using OpenChannels.Web.Data;
using OpenChannels.Web.Events;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// After each committed write, the visitor's open widgets get what they show: every new message they may see (their
/// own from another tab, an agent's, an automatic text) in the order it was stored, and every edit or delete of one.
/// Nothing is read when none of the client's widgets is connected. Notes never pass (<see cref="WidgetMessage.From"/>). A
/// change about rating (R-1…R-4) is only signalled: the widget reads it again.
/// </summary>
public sealed class ClientPushes(IDbContextFactory<OpenChannelsDbContext> contexts, ClientFeed clients, WidgetLinks links) : IDomainEventHandler
{
    public async Task HandleAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        // R-1…R-4: the live chat asks what it may now show about rating — also for a new conversation, which replaces the
        // last one's request (a signal: the answer depends on the visitor's language).
        var rated = events.Select(e => e switch { RatingChanged r => r.Conversation, ConversationOpened o => o.Conversation, _ => null });
        foreach (var rating in rated.OfType<Conversation>().DistinctBy(c => c.Id))
        {
            clients.Publish(rating.ClientId, new ClientEvent(ClientEventNames.Rating, new { conversationId = rating.Id }));
        }

        var posted = events.OfType<MessagePosted>().Select(e => e.Message).Where(m => m.IsVisibleToClient).OrderBy(m => m.Id).ToList();
        var changed = events.OfType<MessageChanged>().Select(e => e.Message).Where(m => m.IsVisibleToClient).ToList();
        if (posted.Count == 0 && changed.Count == 0)
        {
            return;
        }

        var known = events.Select(e => e switch
        {
            ConversationOpened o => o.Conversation,
            ConversationChanged c => c.Conversation,
            _ => null,
        }).OfType<Conversation>().DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.ClientId);
        foreach (var conversation in posted.Concat(changed).GroupBy(m => m.ConversationId))
        {
            await PushAsync(conversation.Key, known.GetValueOrDefault(conversation.Key), posted.Where(m => m.ConversationId == conversation.Key).ToList(),
                changed.Where(m => m.ConversationId == conversation.Key).ToList(), cancellationToken);
        }
    }

    /// <summary>An agent started or stopped typing a reply (not a note): the client sees "… is typing".</summary>
    public void AgentTyping(int clientId, bool typing, string name) =>
        clients.Publish(clientId, new ClientEvent(ClientEventNames.Typing, new { typing, name }));

    private async Task PushAsync(int conversationId, int clientId, List<Message> posted, List<Message> changed, CancellationToken cancellationToken)
    {
        // Most writes have no widget listening (an API client, a closed tab): then nothing is read at all.
        if (clientId != 0 && clients.ConnectedTabs(clientId) == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (clientId == 0)
        {
            clientId = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.ClientId).SingleAsync(cancellationToken);
            if (clients.ConnectedTabs(clientId) == 0)
            {
                return;
            }
        }

        var target = await db.Conversations.Where(c => c.Id == conversationId)
            .Join(db.Connectors, c => c.ConnectorId, k => k.Id, (c, k) => new { c.OpenChannelId, k.PublicKey })
            .Join(db.OpenChannels, t => t.OpenChannelId, ch => ch.Id, (t, ch) => new { t.PublicKey, How = new AgentPresentation(ch.AgentInfo, ch.AgentDisplayName, ch.AgentPhotoFile != null) })
            .SingleAsync(cancellationToken);
        var authorIds = posted.Where(m => m.Kind == MessageKind.Agent && m.AuthorEmployeeId != null).Select(m => m.AuthorEmployeeId!.Value).Distinct().ToList();
        var authors = authorIds.Count == 0
            ? new Dictionary<int, Employee>()
            : await db.Employees.AsNoTracking().Where(e => authorIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var bots = await WidgetService.BotAuthorsAsync(db, posted);
        foreach (var message in posted)
        {
            var author = message.AuthorEmployeeId is { } id ? authors.GetValueOrDefault(id) : null;
            var shown = message.BotId is { } bot ? bots.GetValueOrDefault(bot)
                : author is null ? null : WidgetService.Author(target.How, author, links, target.PublicKey, clientId);
            clients.Publish(clientId, new ClientEvent(ClientEventNames.Message, WidgetMessage.From(message, links, target.PublicKey, clientId, shown)));
        }

        foreach (var message in changed)
        {
            var update = new { id = message.Id, text = message.IsDeleted ? string.Empty : message.Text, deleted = message.IsDeleted, edited = message.EditedAt is not null };
            clients.Publish(clientId, new ClientEvent(ClientEventNames.MessageUpdated, update));
        }
    }
}
