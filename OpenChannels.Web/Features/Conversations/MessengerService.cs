using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Employees;
using OpenChannels.Domain.Notifications;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.QuickReplies;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Features.Widget;
using OpenChannels.Web.Localization;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>
/// What agents do in a conversation (M-2…M-6). Each action is one SQLite write transaction: the conversation is
/// read, the domain rule applied and the change saved while no other writer can interleave, so two agents
/// accepting at once get one winner and one clear refusal. Events go out only after the commit. Each action first
/// checks the viewer's access rights in the same transaction (<see cref="ConversationAccess"/>): a conversation they
/// may not see is not found, one they see but may not act on is refused with <see cref="NotPermitted"/>.
/// </summary>
public sealed class MessengerService(
    IDbContextFactory<OpenChannelsDbContext> contexts,
    WritePipeline writes,
    TimeProvider clock,
    ClientPushes clients,
    RoutingService routing,
    AccessScopes scopes,
    QuickReplyService quickReplies,
    CrmLinks.ChatCrm crm,
    IStringLocalizer<ConversationsText> text)
{
    public Task<Result> AcceptAsync(Viewer viewer, int conversationId) =>
        ChangeAsync(viewer, conversationId, Need.Accept, async (c, db) =>
        {
            await EnsureCapacityAsync(db, c, viewer.EmployeeId);
            c.Accept(viewer.EmployeeId, clock.GetUtcNow());
            await CountAsTheirLastConversationAsync(db, viewer.EmployeeId);
            await SettleCrmAsync(db, c);
        });

    /// <summary>Reply (accepts an unassigned conversation, M-2), or a silent note the client never gets (M-4).</summary>
    public async Task<Result<long>> SendAsync(Viewer viewer, int conversationId, string text, bool asNote, Attachment? attachment = null)
    {
        Message? sent = null;
        var result = await ChangeAsync(viewer, conversationId, Need.Join, async (c, db) =>
        {
            var now = clock.GetUtcNow();
            sent = asNote
                ? Message.NoteBy(c.Id, viewer.EmployeeId, text, now)
                : Message.FromAgent(c.Id, viewer.EmployeeId, text, attachment, now);
            if (!asNote)
            {
                await EnsureCapacityAsync(db, c, viewer.EmployeeId);
                var channel = await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == c.OpenChannelId);
                c.RecordAgentMessage(viewer.EmployeeId, sent.Preview, now, ResponseWatch.Of(channel));

                // from the agent's last message, the client has the channel's timeout to answer.
                c.WaitForClientUntil(channel.Replies.ClientTimeout is { } t ? now + t : null);
                await crm.SettleAcceptorAsync(db, channel, c);
            }

            db.Messages.Add(sent);
            if (asNote)
            {
                await NotifyMentionedAsync(db, c, viewer, sent, now);
            }
        });
        return result.Succeeded ? sent!.Id : result.Error;
    }

    /// <summary>
    /// The colleagues a note of this conversation may mention: employees at work (not dismissed) who may see it, the
    /// viewer aside, by name. Empty when the viewer may not write in it.
    /// </summary>
    public async Task<IReadOnlyList<Colleague>> MentionableAsync(Viewer viewer, int conversationId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var (conversation, _) = await LoadAsync(db, viewer, conversationId, Need.Join);
        return conversation is null ? [] : await WhoMaySeeAsync(db, conversation, await ChannelOfAsync(db, conversation), viewer.EmployeeId);
    }

    /// <summary>A mention in a note notifies the colleague, in the channel's language (O-5), if they may see the conversation.</summary>
    private async Task NotifyMentionedAsync(OpenChannelsDbContext db, Conversation conversation, Viewer viewer, Message note, DateTimeOffset now)
    {
        if (!note.Text.Contains(Mentions.Sign, StringComparison.Ordinal))
        {
            return;
        }

        var channel = await ChannelOfAsync(db, conversation);
        var colleagues = await WhoMaySeeAsync(db, conversation, channel, viewer.EmployeeId);
        var mentioned = Mentions.In(note.Text, colleagues.Select(c => (c.Id, c.Name)));
        if (mentioned.Count == 0)
        {
            return;
        }

        var said = text.In(UiCultures.Of(channel.Language), "{0} mentioned you in conversation #{1}: {2}", await NameAsync(db, viewer.EmployeeId), conversation.Id, Shortened(note.Text));
        foreach (var id in mentioned)
        {
            db.Notifications.Add(Notification.Mention(id, conversation.Id, viewer.EmployeeId, said, now));
        }
    }

    private static string Shortened(string note) =>
        note.Length <= Conversation.PreviewLength ? note : note[..(Conversation.PreviewLength - 1)] + "…";

    private static Task<OpenChannel> ChannelOfAsync(OpenChannelsDbContext db, Conversation conversation) =>
        db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == conversation.OpenChannelId);

    private async Task<List<Colleague>> WhoMaySeeAsync(OpenChannelsDbContext db, Conversation conversation, OpenChannel channel, int except)
    {
        var employees = await db.Employees.AsNoTracking()
            .Where(e => e.DismissedAt == null && e.Id != except)
            .Select(e => new { e.Id, e.FirstName, e.LastName })
            .ToListAsync();
        var colleagues = new List<Colleague>();
        foreach (var employee in employees)
        {
            var scope = await scopes.OfAsync(employee.Id);
            if (ConversationQueries.MaySee(scope, await ConversationQueries.StandingAsync(db, scope, conversation, channel), channel))
            {
                colleagues.Add(new Colleague(employee.Id, Employee.NameOf(employee.FirstName, employee.LastName)));
            }
        }

        return colleagues.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>Finish (M-5); A-5: with the channel's closing text sent to the client, when it has one.</summary>
    public Task<Result> CloseAsync(Viewer viewer, int conversationId) =>
        ChangeAsync(viewer, conversationId, Need.Manage, async (c, db) =>
        {
            var now = clock.GetUtcNow();
            c.Close(viewer.EmployeeId, now);
            var channel = await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == c.OpenChannelId);
            c.FullyCloseAt(channel.Unanswered.FullCloseDelay is { } delay ? now + delay : null, now);
            if (channel.Replies.Closing.Enabled)
            {
                db.Messages.Add(Message.Automatic(c.Id, channel.TextFor(DefaultText.Closing), now));
            }

            // the live chat asks the client to rate while the conversation awaits it.
            c.RequestRating(channel.Rating, now);

            // a text channel asks in words, answered with 1 or 2 (Connectors/ClientIntake reads the answer).
            var kind = await db.Connectors.Where(k => k.Id == c.ConnectorId).Select(k => k.Kind).SingleAsync();
            if (c.RatingRequestedAt == now && kind != ConnectorKind.LiveChat)
            {
                db.Messages.Add(Message.Automatic(c.Id, channel.RatingRequestFor(kind, channel.Language), now));
            }
        });

    /// <summary>R-1: a supervisor's 1–5 stars and comment; P-5: only where the viewer may rate and read the history.</summary>
    public Task<Result> RateAsync(Viewer viewer, int conversationId, int stars, string? comment) =>
        ChangeAsync(viewer, conversationId, Need.Rate, (c, _) => c.RateBySupervisor(viewer.EmployeeId, stars, comment, clock.GetUtcNow()));

    public Task<Result> MarkSpamAsync(Viewer viewer, int conversationId) =>
        ChangeAsync(viewer, conversationId, Need.Manage, (c, _) =>
        {
            c.MarkSpam(viewer.EmployeeId, clock.GetUtcNow());
        });

    public Task<Result> TakeAsync(Viewer viewer, int conversationId) =>
        ChangeAsync(viewer, conversationId, Need.Join, async (c, db) =>
        {
            var previous = c.AssignedEmployeeId;
            await EnsureCapacityAsync(db, c, viewer.EmployeeId);
            c.Take(viewer.EmployeeId, clock.GetUtcNow());
            await CountAsTheirLastConversationAsync(db, viewer.EmployeeId);
            await SettleCrmAsync(db, c);
            if (previous is not null && previous != viewer.EmployeeId)
            {
                await NoteAsync(db, c, viewer, text["{0} took over the conversation from {1}.", await NameAsync(db, viewer.EmployeeId), await NameAsync(db, previous.Value)]);
            }
        });

    public Task<Result> SetPinnedAsync(Viewer viewer, int conversationId, bool pinned) =>
        ChangeAsync(viewer, conversationId, Need.Join, (c, _) => c.SetPinned(viewer.EmployeeId, pinned, clock.GetUtcNow()));

    public Task<Result> RenameAsync(Viewer viewer, int conversationId, string? title) =>
        ChangeAsync(viewer, conversationId, Need.Join, (c, _) => c.Rename(title));

    public Task<Result> TransferToEmployeeAsync(Viewer viewer, int conversationId, int employeeId) =>
        ChangeAsync(viewer, conversationId, Need.Manage, async (c, db) =>
        {
            await EnsureActiveEmployeeAsync(db, employeeId);
            await EnsureCapacityAsync(db, c, employeeId);
            c.TransferTo(employeeId, clock.GetUtcNow());
            await CountAsTheirLastConversationAsync(db, employeeId);

            // the transferee may become responsible for what the conversation created in the CRM.
            var channel = await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == c.OpenChannelId);
            await crm.SettleAcceptorAsync(db, channel, c);
            await crm.TransferredAsync(db, channel, c, employeeId, viewer.EmployeeId);
            await NoteAsync(db, c, viewer, text["{0} transferred the conversation to {1}.", await NameAsync(db, viewer.EmployeeId), await NameAsync(db, employeeId)]);
        });

    public Task<Result> TransferToChannelAsync(Viewer viewer, int conversationId, int openChannelId) =>
        ChangeAsync(viewer, conversationId, Need.Manage, async (c, db) =>
        {
            var target = await db.OpenChannels.FirstOrDefaultAsync(ch => ch.Id == openChannelId && ch.IsActive)
                ?? throw new DomainRuleViolated(new NotFound("Open channel", openChannelId));
            c.TransferToChannel(target.Id);
            await NoteAsync(db, c, viewer, text["{0} transferred the conversation to the open channel {1}.", await NameAsync(db, viewer.EmployeeId), target.Name]);
            await routing.RouteAsync(db, c, RoutingTrigger.TransferredToChannel);
        });

    public Task<Result> InviteAsync(Viewer viewer, int conversationId, IReadOnlyCollection<int> employeeIds) =>
        ChangeAsync(viewer, conversationId, Need.Join, async (c, db) =>
        {
            foreach (var id in employeeIds)
            {
                await EnsureActiveEmployeeAsync(db, id);
                c.Invite(id, clock.GetUtcNow());
            }

            var names = await ConversationQueries.EmployeeNamesAsync(db, employeeIds.Select(i => (int?)i));
            await NoteAsync(db, c, viewer, text["{0} invited {1}.", await NameAsync(db, viewer.EmployeeId), string.Join(", ", names.Values)]);
        });

    /// <summary>
    /// Clears the unread count. Only a conversation that had unread messages changes and is announced: opening
    /// a read conversation must not set off another round of refreshes on every screen.
    /// </summary>
    public Task<Result> MarkReadAsync(Viewer viewer, int conversationId) =>
        ChangeAsync(viewer, conversationId, Need.See, (c, _) => c.MarkReadByAgents());

    public Task<Result> EditMessageAsync(Viewer viewer, int conversationId, long messageId, string text) =>
        ChangeMessageAsync(viewer, conversationId, messageId, m => m.Edit(viewer.EmployeeId, text, clock.GetUtcNow()));

    public Task<Result> DeleteMessageAsync(Viewer viewer, int conversationId, long messageId) =>
        ChangeMessageAsync(viewer, conversationId, messageId, m => m.Delete(viewer.EmployeeId, clock.GetUtcNow()));

    /// <summary>M-6: the session from this message on becomes a new conversation; the earlier part is closed.</summary>
    public Task<Result<int>> SplitFromAsync(Viewer viewer, int conversationId, long messageId) => writes.RunAsync<int>(async db =>
    {
        var now = clock.GetUtcNow();
        var (original, error) = await LoadAsync(db, viewer, conversationId, Need.Manage);
        if (original is null)
        {
            return error!;
        }

        var moving = await db.Messages.Where(m => m.ConversationId == conversationId && m.Id >= messageId).OrderBy(m => m.Id).ToListAsync();
        if (moving.Count == 0 || moving[0].Id != messageId)
        {
            return new NotFound("Message", (int)messageId);
        }

        if (!await db.Messages.AnyAsync(m => m.ConversationId == conversationId && m.Id < messageId))
        {
            return new Conflict("This is already the first message of the conversation.");
        }

        // The client goes on in the new part: the first part has no rating window and is fully closed at once, so
        // it takes no place under a limit.
        original.Close(viewer.EmployeeId, now);
        original.FullyCloseAt(null, now);
        await db.SaveChangesAsync();
        var split = Conversation.SplitFrom(original, now);
        db.Conversations.Add(split);
        await db.SaveChangesAsync();
        var watch = ResponseWatch.Of(await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == split.OpenChannelId));
        foreach (var message in moving)
        {
            message.MoveTo(split.Id);
            if (message.Kind == MessageKind.Client)
            {
                split.RecordClientMessage(message.Preview, message.CreatedAt, watch);
            }
            else
            {
                split.RecordMovedMessage(message.Kind, message.Preview, message.CreatedAt, watch);
            }
        }

        return split.Id;
    });

    /// <summary>A-8, M-6: keeps a message's text as a quick reply in the list of the conversation's open channel.</summary>
    public Task<Result> SaveAsQuickReplyAsync(Viewer viewer, int conversationId, long messageId, string title) => writes.RunAsync(async db =>
    {
        var (conversation, error) = await LoadAsync(db, viewer, conversationId, Need.QuickReplies);
        if (conversation is null)
        {
            return error!;
        }

        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == messageId && m.ConversationId == conversationId && m.DeletedAt == null);
        if (message is null || string.IsNullOrWhiteSpace(message.Text))
        {
            return new NotFound("Message", (int)messageId);
        }

        await quickReplies.AddToChannelListAsync(db, conversation.OpenChannelId, title, message.Text, clock.GetUtcNow());
        return Result.Ok;
    });

    /// <summary>Shows the client "… is typing" while an agent writes a reply (not while writing a note).</summary>
    public async Task AgentTypingAsync(Viewer viewer, int conversationId, bool typing)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var (conversation, _) = await LoadAsync(db, viewer, conversationId, Need.Join);
        if (conversation is { IsOpen: true })
        {
            var name = await NameAsync(db, viewer.EmployeeId);
            clients.AgentTyping(conversation.ClientId, typing, name);
        }
    }

    /// <summary>The first acceptor becomes responsible for the CRM items the conversation created (Q-10 off, A-2).</summary>
    private async Task SettleCrmAsync(OpenChannelsDbContext db, Conversation c)
    {
        if (c.CrmContactId is not null)
        {
            await crm.SettleAcceptorAsync(db, await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == c.OpenChannelId), c);
        }
    }

    /// <summary>What an action needs of the viewer's rights on the conversation.</summary>
    private enum Need
    {
        /// <summary>Seeing it (reading, marking as read).</summary>
        See,

        /// <summary>Joining it: writing, taking over, pinning, renaming, inviting.</summary>
        Join,

        /// <summary>
        /// Joining it to accept it from the queue. An agent of the queue who was a moment too late (accepting, or
        /// replying, which accepts) is told who took it, though it is no longer theirs to see: they saw it waiting, and
        /// "does not exist" would be wrong.
        /// </summary>
        Accept,

        /// <summary>Managing it: finishing, spam, transferring, splitting — its holder, or a supervisor of the holder.</summary>
        Manage,

        /// <summary>Joining it and using its channel's quick replies.</summary>
        QuickReplies,

        /// <summary>Rating it as a supervisor: the rating and history levels both reach it (P-5).</summary>
        Rate,
    }

    private async Task<Result> ChangeAsync(Viewer viewer, int conversationId, Need need, Action<Conversation, OpenChannelsDbContext> change) =>
        await ChangeAsync(viewer, conversationId, need, (c, db) =>
        {
            change(c, db);
            return Task.CompletedTask;
        });

    private Task<Result> ChangeAsync(Viewer viewer, int conversationId, Need need, Func<Conversation, OpenChannelsDbContext, Task> change) =>
        writes.RunAsync(async db =>
        {
            try
            {
                var (conversation, error) = await LoadAsync(db, viewer, conversationId, need);
                if (conversation is null)
                {
                    return error!;
                }

                await change(conversation, db);
            }
            catch (DomainRuleViolated e) when (e.Error is ConversationTaken taken)
            {
                // Say who won, by name (the entity knows only the id).
                return new ConversationTaken(taken.ConversationId, taken.HolderEmployeeId, await NameAsync(db, taken.HolderEmployeeId));
            }
            catch (DomainRuleViolated e) when (e.Error is HeldByColleague held)
            {
                return new HeldByColleague(held.ConversationId, held.HolderEmployeeId, await NameAsync(db, held.HolderEmployeeId));
            }

            return Result.Ok;
        });

    private Task<Result> ChangeMessageAsync(Viewer viewer, int conversationId, long messageId, Action<Message> change) =>
        ChangeAsync(viewer, conversationId, Need.Join, async (c, db) =>
        {
            var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == messageId && m.ConversationId == c.Id)
                ?? throw new DomainRuleViolated(new NotFound("Message", (int)messageId));
            change(message);
        });

    /// <summary>
    /// The conversation, read in the caller's transaction, when the viewer may see it and their current rights allow
    /// <paramref name="need"/>. Not visible and not existing get the same answer, so ids cannot be probed.
    /// </summary>
    private async Task<(Conversation? Conversation, Error? Error)> LoadAsync(OpenChannelsDbContext db, Viewer viewer, int conversationId, Need need)
    {
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId);
        if (conversation is null)
        {
            return (null, new NotFound("Conversation", conversationId));
        }

        var channel = await db.OpenChannels.AsNoTracking().FirstAsync(c => c.Id == conversation.OpenChannelId);
        var scope = await scopes.OfAsync(viewer.EmployeeId);
        var standing = await ConversationQueries.StandingAsync(db, scope, conversation, channel);
        if (!ConversationQueries.MaySee(scope, standing, channel))
        {
            if (need is Need.Accept or Need.Join && conversation.AssignedEmployeeId is { } winner && channel.IsActive && scope.InQueue(channel))
            {
                throw new DomainRuleViolated(new ConversationTaken(conversationId, winner));
            }

            return (null, new NotFound("Conversation", conversationId));
        }

        var rights = scope.Rights;
        var allowed = need switch
        {
            Need.See => true,
            Need.QuickReplies => ConversationAccess.MayJoin(rights, standing) && scope.MayUseQuickRepliesOf(channel),
            Need.Rate => rights.MayRate(standing.ToConversation),
            _ => ConversationAccess.MayJoin(rights, standing),
        };
        if (!allowed)
        {
            return (null, new NotPermitted(need switch
            {
                Need.QuickReplies => Permission.QuickReplies,
                Need.Rate => Permission.RateConversations,
                _ => Permission.JoinConversation,
            }));
        }

        if (need == Need.Manage)
        {
            // Whoever may join may take it over; until then its holder keeps it, unless the viewer's level reaches them.
            conversation.EnsureManagedBy(ConversationAccess.MayManage(rights, standing));
        }

        return (conversation, null);
    }

    /// <summary>
    /// An internal note recording who did what, for colleagues reading the conversation later; written in the language
    /// of the one who acted, as a note of their own would be.
    /// </summary>
    private Task NoteAsync(OpenChannelsDbContext db, Conversation conversation, Viewer viewer, string note)
    {
        db.Messages.Add(Message.NoteBy(conversation.Id, viewer.EmployeeId, note, clock.GetUtcNow()));
        return Task.CompletedTask;
    }

    private async Task<string> NameAsync(OpenChannelsDbContext db, int employeeId) =>
        (await ConversationQueries.EmployeeNamesAsync(db, [employeeId])).GetValueOrDefault(employeeId, text["A former employee"]);

    /// <summary>
    /// Q-2 "Evenly": every way an agent gets a conversation — an offer accepted, a manual accept, a take-over, a transfer
    /// to them — counts as their last conversation, not only routing's offers.
    /// </summary>
    private async Task CountAsTheirLastConversationAsync(OpenChannelsDbContext db, int employeeId) =>
        (await RoutingService.StatusOfAsync(db, employeeId)).Assigned(clock.GetUtcNow());

    /// <summary>Q-6: the agent taking this conversation must stay within the channel's limit.</summary>
    private async Task EnsureCapacityAsync(OpenChannelsDbContext db, Conversation conversation, int employeeId)
    {
        if (conversation.IsHeldBy(employeeId))
        {
            return;
        }

        var channel = await db.OpenChannels.AsNoTracking().FirstAsync(c => c.Id == conversation.OpenChannelId);
        if (await routing.CheckCapacityAsync(db, channel, employeeId) is { } full)
        {
            throw new DomainRuleViolated(full);
        }
    }

    private static async Task EnsureActiveEmployeeAsync(OpenChannelsDbContext db, int employeeId)
    {
        if (!await db.Employees.AnyAsync(e => e.Id == employeeId && e.DismissedAt == null))
        {
            throw new DomainRuleViolated(new InvalidInput("Employee", "Choose a colleague who is not dismissed."));
        }
    }
}
