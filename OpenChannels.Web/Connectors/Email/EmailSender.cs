using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Data;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Connectors.Email;

/// <summary>
/// Sends what an agent, the bot or an automatic reply says to an e-mail client (issue 20): one mail per message, from
/// the connector's address, answering the client's latest mail of the conversation — <c>In-Reply-To</c>,
/// <c>References</c> and <c>Re: subject</c> — so the client's mail program shows it in their thread.
/// </summary>
public sealed class EmailSender(IDbContextFactory<OpenChannelsDbContext> contexts, MailConnections connections, AttachmentStore files) : IConnectorSender
{
    public ConnectorKind Kind => ConnectorKind.Email;

    public async Task<SendOutcome> SendAsync(OutboundAttempt attempt, CancellationToken cancellationToken)
    {
        var settings = EmailSettings.Parse(attempt.Settings);
        var body = OutboundPayloads.Read(attempt.Payload);
        if (body?.Message is not { } message || body.Client?.ExternalId is not { } to || !MailboxAddress.TryParse(to, out var recipient))
        {
            return SendOutcome.Failure("The event is not a message to an e-mail address.", permanent: true);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var thread = await db.EmailThreadMessages.AsNoTracking().Where(m => m.ConversationId == attempt.ConversationId)
            .OrderByDescending(m => m.Id).FirstOrDefaultAsync(cancellationToken);
        var attachment = message.Attachment is null ? null
            : await db.Messages.AsNoTracking().Where(m => m.Id == message.Id).Select(m => m.Attachment).FirstOrDefaultAsync(cancellationToken);

        recipient.Name = body.Client.Name ?? string.Empty;
        var mail = Compose(settings, attempt.EventId, recipient, thread);
        var parts = new Multipart("mixed") { new TextPart("plain") { Text = message.Text } };
        if (attachment is not null && files.PathOf(attachment) is { } path)
        {
            parts.Add(new MimePart(attachment.ContentType)
            {
                Content = new MimeContent(File.OpenRead(path)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = attachment.OriginalName,
            });
        }

        mail.Body = parts.Count == 1 ? parts[0] : parts;
        try
        {
            using var smtp = await connections.SmtpAsync(settings, attempt.ProtectedSecret, cancellationToken);
            await smtp.SendAsync(mail, cancellationToken);
            await smtp.DisconnectAsync(quit: true, cancellationToken);
            return SendOutcome.Success();
        }
        catch (SmtpCommandException e)
        {
            // 5xx: the server refuses this mail for good (an unknown recipient, a rejected address); 4xx: try again later.
            return SendOutcome.Failure($"SMTP {(int)e.StatusCode}: {e.Message}", (int)e.StatusCode, permanent: (int)e.StatusCode >= 500);
        }
        finally
        {
            mail.Dispose();
        }
    }

    public async Task<SendOutcome> TestAsync(OutboundAttempt probe, CancellationToken cancellationToken)
    {
        var settings = EmailSettings.Parse(probe.Settings);
        using (var imap = await connections.ImapAsync(settings, probe.ProtectedSecret, cancellationToken))
        {
            await imap.DisconnectAsync(quit: true, cancellationToken);
        }

        using var smtp = await connections.SmtpAsync(settings, probe.ProtectedSecret, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
        return SendOutcome.Success();
    }

    /// <summary>The headers: a Message-ID made from the event (a resend is the same mail), and the thread of the client's latest mail.</summary>
    public static MimeMessage Compose(EmailSettings settings, string eventId, MailboxAddress to, EmailThreadMessage? thread)
    {
        var mail = new MimeMessage { MessageId = MailIds.ForEvent(eventId, settings.FromAddress) };
        mail.From.Add(new MailboxAddress(settings.DisplayName ?? string.Empty, settings.FromAddress));
        mail.To.Add(to);
        var subject = thread?.Subject ?? string.Empty;
        mail.Subject = subject.Length == 0 ? settings.DisplayName ?? string.Empty
            : subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? subject : "Re: " + subject;
        if (thread is not null)
        {
            mail.InReplyTo = thread.MessageId;
            foreach (var id in (thread.References ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(thread.MessageId))
            {
                mail.References.Add(id);
            }
        }

        return mail;
    }
}
