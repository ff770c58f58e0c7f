using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Bots;
using OpenChannels.Web.Features.CrmLinks;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Features.Widget;

namespace OpenChannels.Web.Connectors;

/// <summary>
/// What happens to a client's message, whatever connector brought it (the live chat, the API, Telegram, e-mail): stored
/// once per the connector's message id, in the client's open conversation or a new one — recognised in the CRM, greeted,
/// given to the bot or routed, under the channel's hours — all in the caller's write transaction, so nothing is
/// acknowledged upstream before it is stored. A disabled connector (CH-1) keeps the message and answers with its text.
/// </summary>
public sealed class ClientIntake(RoutingService routing, BotRuntime bots, ChatCrm crm)
{
    /// <param name="thread">The connector's thread the message belongs to (an e-mail thread's key): the client's open
    /// conversation in that thread takes it, or a new one starts. Empty for connectors without threads.</param>
    /// <returns>The stored message (the earlier one for a repeat), its conversation, and whether it was new.</returns>
    public async Task<Domain.Common.Result<Received>> ReceiveAsync(
        OpenChannelsDbContext db, int connectorId, int clientId, string clientMessageId, string? text, Attachment? attachment, DateTimeOffset now,
        string thread = "")
    {
        var existing = await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.ClientId == clientId && m.ClientMessageId == clientMessageId);
        if (existing is not null)
        {
            return new Received(existing, existing.ConversationId, false);
        }

        var connector = await db.Connectors.SingleAsync(c => c.Id == connectorId);
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.ClientId == clientId && c.ConnectorId == connectorId && c.Thread == thread && c.IsOpen);
        if (conversation is null && connector.Kind != ConnectorKind.LiveChat && await RatingAnswerAsync(db, clientId, connectorId, clientMessageId, text, now) is { } rated)
        {
            return rated;
        }

        var isNew = conversation is null;

        // The connector may have moved to another channel since (CH-1); an open conversation stays where it is.
        var channelId = conversation?.OpenChannelId ?? connector.OpenChannelId
            ?? throw new InvalidOperationException($"Connector {connectorId} belongs to no channel; it cannot receive.");
        var channel = await db.OpenChannels.AsNoTracking().SingleAsync(c => c.Id == channelId);
        var person = await db.Clients.SingleAsync(c => c.Id == clientId);
        if (connector.Kind == ConnectorKind.LiveChat && await ClientPrerequisiteService.BeforeWritingAsync(db, channel, person) is { } missing)
        {
            return missing;
        }

        if (conversation is null)
        {
            conversation = new Conversation(channel.Id, connectorId, clientId, now, thread);
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync();

            // recognised (or a lead created) before it is routed, so Q-9 can send it to the client's responsible.
            await crm.RecogniseAsync(db, channel, conversation, person, now);
        }

        connector.Received(now);
        var paused = !connector.IsEnabled;

        // B-1, B-2: the channel's bot may take it first. O-2: an inactive channel's messages wait for it, untouched.
        var withBot = isNew && channel.IsActive && !paused && await bots.TryTakeAsync(db, channel, conversation, now);
        var message = Message.FromClient(conversation.Id, clientId, clientMessageId, text ?? string.Empty, attachment, now);
        conversation.RecordClientMessage(message.Preview, now, ResponseWatch.Of(channel));
        db.Messages.Add(message);
        person.Seen(now);
        await db.SaveChangesAsync();
        if (paused)
        {
            // CH-1: kept and answered once; routed when the connector is enabled again (ConnectorService.EnableAsync).
            await PausedReplyAsync(db, channel, connector, conversation, now);
            return new Received(message, conversation.Id, true);
        }

        if (!channel.IsActive)
        {
            // O-2: kept, and nothing more until the channel is active again (then it is routed; ChannelReactivation).
            return new Received(message, conversation.Id, true);
        }

        if (isNew)
        {
            await GreetingAsync(db, channel, conversation, now);

            // counted from the client's first message — or from the bot's hand-over (B-3).
            conversation.ExpectAnswerBy(!withBot && channel.Unanswered.After is { } after ? now + after : null);
        }

        // While the bot holds it, the bot answers — outside working hours too — and it is not routed (B-1, B-3).
        if (await bots.OnClientMessageAsync(db, channel, conversation, message, person, now))
        {
            return new Received(message, conversation.Id, true);
        }

        OutOfHoursReply(db, channel, conversation, now);
        if (isNew)
        {
            await routing.RouteAsync(db, conversation, RoutingTrigger.NewConversation);
        }
        else
        {
            await MonitorAvailabilityAsync(db, channel, conversation, now);
        }

        return new Received(message, conversation.Id, true);
    }

    /// <summary>
    /// in a text channel the client answers the rating request with 1 (satisfied) or 2 (not): while their last
    /// conversation awaits it, that answer rates it and is kept in it, instead of opening a new conversation.
    /// </summary>
    private static async Task<Received?> RatingAnswerAsync(
        OpenChannelsDbContext db, int clientId, int connectorId, string clientMessageId, string? text, DateTimeOffset now)
    {
        var rating = text?.Trim() switch
        {
            "1" => ClientRating.Like,
            "2" => ClientRating.Dislike,
            _ => (ClientRating?)null,
        };
        if (rating is null)
        {
            return null;
        }

        var last = await db.Conversations.Where(c => c.ClientId == clientId && c.ConnectorId == connectorId && !c.IsOpen)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync();
        if (last is null || last.RatingRequestedAt is null)
        {
            return null;
        }

        var policy = await db.OpenChannels.AsNoTracking().Where(c => c.Id == last.OpenChannelId).Select(c => c.Rating).SingleAsync();
        if (last.ClientRatingRefusal(policy, now) is not null)
        {
            return null;
        }

        last.RateByClient(rating.Value, null, policy, now);
        var message = Message.FromClient(last.Id, clientId, clientMessageId, text!.Trim(), null, now);
        db.Messages.Add(message);
        await db.SaveChangesAsync();
        return new Received(message, last.Id, true);
    }

    /// <summary>CH-1: the disabled connector's text, once per conversation while it is disabled.</summary>
    private static async Task PausedReplyAsync(OpenChannelsDbContext db, OpenChannel channel, Connector connector, Conversation conversation, DateTimeOffset now)
    {
        var text = connector.PausedReply ?? DefaultTexts.For(channel.Language, DefaultText.ConnectorPaused);
        var since = connector.DisabledAt ?? DateTimeOffset.MinValue;
        if (!await db.Messages.AnyAsync(m => m.ConversationId == conversation.Id && m.Kind == MessageKind.System && m.CreatedAt >= since && m.Text == text))
        {
            db.Messages.Add(Message.Automatic(conversation.Id, text, now));
            conversation.RecordSystemMessage(now);
        }
    }

    /// <summary>A-1: greet at every new conversation, or only at the client's first contact with this connector.</summary>
    private static async Task GreetingAsync(OpenChannelsDbContext db, OpenChannel channel, Conversation conversation, DateTimeOffset now)
    {
        var firstContact = channel.Replies.Greeting == GreetingMode.FirstContact && !await db.Conversations.AnyAsync(c =>
            c.ClientId == conversation.ClientId && c.ConnectorId == conversation.ConnectorId && c.Id != conversation.Id);
        if (channel.Replies.ShouldGreet(firstContact))
        {
            var greeting = Message.Automatic(conversation.Id, channel.TextFor(DefaultText.Greeting), now);
            db.Messages.Add(greeting);
            conversation.RecordSystemMessage(now);
        }
    }

    /// <summary>H-2: outside working hours the client gets the out-of-hours reply, once per conversation.</summary>
    private static void OutOfHoursReply(OpenChannelsDbContext db, OpenChannel channel, Conversation conversation, DateTimeOffset now)
    {
        if (conversation.NeedsOutOfHoursNotice(channel, now))
        {
            var reply = Message.Automatic(conversation.Id, channel.TextFor(DefaultText.OutOfHours), now);
            db.Messages.Add(reply);
            conversation.NoteOutOfHoursNoticeSent(now);
            conversation.RecordSystemMessage(now);
        }
    }

    /// <summary>Q-5: when the client writes and their agent has gone offline, the conversation goes back to the queue.</summary>
    private async Task MonitorAvailabilityAsync(OpenChannelsDbContext db, OpenChannel channel, Conversation conversation, DateTimeOffset now)
    {
        // Q-5 only when the channel asks for it: the holder's presence is read for nothing otherwise.
        // M-5: a conversation its agent locked as theirs stays with them.
        if (conversation.AssignedEmployeeId is not { } holder || !channel.QueueSettings.AlwaysMonitorAvailability || conversation.IsPinned)
        {
            return;
        }

        var lastActivity = await db.AgentStatuses.Where(s => s.EmployeeId == holder).Select(s => s.LastActivityAt).FirstOrDefaultAsync();
        if (!Availability.IsOnline(lastActivity, now))
        {
            await routing.RouteAsync(db, conversation, RoutingTrigger.AgentOffline, previous: holder);
        }
    }
}
