using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;
using OpenChannels.Web.Events;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Channels;

/// <summary>
/// O-3 "Save the message log" (seeds 000, 002, 003: the log is kept in the chat, the client's CRM card and the detailed
/// statistics). Turned off, a conversation's messages and files are deleted once it is over — fully closed, or marked
/// spam — so nothing of what was said stays in the history, the client's chat, or (later) the CRM card and reports. The
/// conversation itself stays: who answered, when, its status and times, which the statistics count.
/// </summary>
public sealed class MessageLogRetention(WritePipeline writes, AttachmentStore files) : IDomainEventHandler
{
    public async Task HandleAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        var over = events.OfType<ConversationChanged>()
            .Select(e => e.Conversation)
            .Where(c => !c.IsOpen && c.Status is ConversationStatus.FullyClosed or ConversationStatus.Spam)
            .Select(c => c.Id)
            .Distinct()
            .ToList();
        foreach (var conversationId in over)
        {
            await DiscardUnlessKeptAsync(conversationId, cancellationToken);
        }
    }

    private async Task DiscardUnlessKeptAsync(int conversationId, CancellationToken cancellationToken)
    {
        List<Attachment> attachments = [];
        var discarded = await writes.RunAsync(async db =>
        {
            var kept = await db.Conversations.Where(c => c.Id == conversationId)
                .Join(db.OpenChannels, c => c.OpenChannelId, ch => ch.Id, (c, ch) => (bool?)ch.SaveMessageLog)
                .FirstOrDefaultAsync(cancellationToken);
            if (kept is null or true)
            {
                return Result.Ok;
            }

            attachments = await db.Messages.AsNoTracking()
                .Where(m => m.ConversationId == conversationId && m.Attachment != null)
                .Select(m => m.Attachment!)
                .ToListAsync(cancellationToken);
            await db.Messages.Where(m => m.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
            return Result.Ok;
        }, cancellationToken);

        // After the commit, as when a channel is deleted: a failed write must not lose the files of messages that remain.
        foreach (var attachment in discarded.Succeeded ? attachments : [])
        {
            if (files.PathOf(attachment) is { } path)
            {
                File.Delete(path);
            }
        }
    }
}
