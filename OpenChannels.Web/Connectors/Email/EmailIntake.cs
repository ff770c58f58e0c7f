using Microsoft.EntityFrameworkCore;
using MimeKit;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Outbound;
using OpenChannels.Web.Data;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Connectors.Email;

/// <summary>
/// A client's mail into the conversation (issue 20): its text — HTML read as text, quoted history trimmed — is one
/// message and each attachment another, with ids made from the Message-ID (<see cref="MailIds"/>), all stored in one
/// write transaction with the mail's thread record, through the same intake as every connector's messages
/// (<see cref="ClientIntake"/>). A reply (In-Reply-To, References) continues its thread's conversation; a new thread is a
/// new conversation, even while the client has another one open.
/// </summary>
public sealed class EmailIntake(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, ClientIntake intake, AttachmentStore files, TimeProvider clock, ILogger<EmailIntake> log)
{
    /// <summary>A long thread's references are read from the newest; one of the last few is always a mail we know.</summary>
    private const int MaxReferencesRead = 20;

    /// <returns>Whether the mail is stored now or was before; false when it cannot be (no sender, refused).</returns>
    public async Task<bool> StoreAsync(int connectorId, MimeMessage mail, string fallbackId, CancellationToken cancellationToken)
    {
        if (mail.From.Mailboxes.FirstOrDefault() is not { } from || string.IsNullOrWhiteSpace(from.Address))
        {
            log.LogWarning("Mail {MessageId} of connector {ConnectorId} has no sender; it is skipped", mail.MessageId, connectorId);
            return false;
        }

        var messageId = string.IsNullOrWhiteSpace(mail.MessageId) ? fallbackId : mail.MessageId;
        if (await KnownAsync(connectorId, messageId, cancellationToken))
        {
            return true;
        }

        var (text, attachments) = await ReadAsync(mail, cancellationToken);
        var stored = await writes.RunAsync<int>(
            async db =>
            {
                var now = clock.GetUtcNow();
                var who = new ExternalPerson(from.Address.Trim().ToLowerInvariant(), string.IsNullOrWhiteSpace(from.Name) ? null : from.Name, Email: from.Address);
                var client = await ConnectorInbox.ClientAsync(db, connectorId, who, now);
                var thread = await ThreadAsync(db, connectorId, mail, messageId);
                int? conversationId = null;
                var parts = new List<(string? Text, Attachment? File)>();
                if (text.Length > 0 || attachments.Count == 0)
                {
                    parts.Add((text, null));
                }

                parts.AddRange(attachments.Select(a => ((string?)null, (Attachment?)a)));
                for (var part = 0; part < parts.Count; part++)
                {
                    var received = await intake.ReceiveAsync(db, connectorId, client.Id, MailIds.ClientMessageId(messageId, part), parts[part].Text, parts[part].File, now, thread);
                    if (!received.Succeeded)
                    {
                        return received.Error;
                    }

                    conversationId ??= received.Value.ConversationId;
                }

                var references = mail.References.Concat(mail.InReplyTo is { } replyTo && !mail.References.Contains(replyTo) ? [replyTo] : Array.Empty<string>());
                db.EmailThreadMessages.Add(new EmailThreadMessage(connectorId, messageId, conversationId!.Value, mail.Subject, references, now));
                return conversationId.Value;
            },
            cancellationToken);
        if (!stored.Succeeded)
        {
            attachments.ForEach(files.Delete);
            log.LogWarning("Mail {MessageId} of connector {ConnectorId} was refused: {Error}", messageId, connectorId, stored.Error.Message);
        }

        return stored.Succeeded;
    }

    /// <summary>
    /// The thread the mail continues — the one of the newest mail it answers that we know: the client's earlier mail, or
    /// our answer, whose Message-ID names its event — or a new thread of its own. The client's open conversation in that
    /// thread takes the mail; a thread whose conversation has ended continues in a new one.
    /// </summary>
    private static async Task<string> ThreadAsync(OpenChannelsDbContext db, int connectorId, MimeMessage mail, string messageId)
    {
        var answered = (mail.InReplyTo is { } replyTo ? new[] { replyTo } : []).Concat(mail.References.Reverse()).Distinct().Take(MaxReferencesRead);
        foreach (var id in answered)
        {
            var conversationId = MailIds.EventOf(id) is { } eventId
                ? await db.OutboundDeliveries.Where(d => d.EventId == eventId && d.Target == OutboundTarget.Connector && d.TargetId == connectorId)
                    .Select(d => d.ConversationId).FirstOrDefaultAsync()
                : await db.EmailThreadMessages.Where(m => m.ConnectorId == connectorId && m.MessageId == id).Select(m => (int?)m.ConversationId).FirstOrDefaultAsync();
            var thread = conversationId is null ? null
                : await db.Conversations.Where(c => c.Id == conversationId && c.ConnectorId == connectorId).Select(c => c.Thread).FirstOrDefaultAsync();
            if (thread is not null)
            {
                return thread;
            }
        }

        return MailIds.Thread(messageId);
    }

    private async Task<bool> KnownAsync(int connectorId, string messageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EmailThreadMessages.AnyAsync(m => m.ConnectorId == connectorId && m.MessageId == messageId, cancellationToken);
    }

    /// <summary>The text (plain part preferred, else the HTML's text) and the attachments saved to the data folder.</summary>
    private async Task<(string Text, List<Attachment> Files)> ReadAsync(MimeMessage mail, CancellationToken cancellationToken)
    {
        var body = mail.TextBody is { Length: > 0 } plain ? plain : mail.HtmlBody is { Length: > 0 } html ? MailText.FromHtml(html) : string.Empty;
        var text = MailText.TrimQuoted(body);
        var saved = new List<Attachment>();
        var notes = new List<string>();
        foreach (var part in mail.Attachments.OfType<MimePart>().Where(p => p.Content is not null))
        {
            using var content = new MemoryStream();
            await part.Content!.DecodeToAsync(content, cancellationToken);
            content.Position = 0;
            var file = await files.SaveAsync(content, part.FileName ?? "attachment", cancellationToken);
            if (file.Succeeded)
            {
                saved.Add(file.Value);
            }
            else
            {
                // The agent learns that the client sent something they cannot see, and why.
                notes.Add($"[{part.FileName ?? "attachment"}: {file.Error.Message}]");
            }
        }

        text = string.Join("\n\n", new[] { text }.Concat(notes).Where(t => t.Length > 0));
        return (text.Length <= Message.TextMaxLength ? text : text[..(Message.TextMaxLength - 1)] + "…", saved);
    }
}
