using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace OpenChannels.Tests.Support;

/// <summary>What a client's mail program does against <see cref="TestMailServer"/>: send a mail, and find the mails sent to them.</summary>
public sealed class MailClientSteps(TestMailServer server)
{
    public async Task SendAsync(MimeMessage mail)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("127.0.0.1", server.SmtpPort, SecureSocketOptions.None);
        await smtp.SendAsync(mail);
        await smtp.DisconnectAsync(quit: true);
    }

    /// <summary>A plain-text mail from the client to the support address, with a fresh Message-ID.</summary>
    public static MimeMessage Mail(string from, string to, string subject, string text, string? inReplyTo = null)
    {
        var mail = new MimeMessage { Subject = subject, MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("client.example") };
        mail.From.Add(MailboxAddress.Parse(from));
        mail.To.Add(MailboxAddress.Parse(to));
        if (inReplyTo is not null)
        {
            mail.InReplyTo = inReplyTo;
            mail.References.Add(inReplyTo);
        }

        mail.Body = new TextPart("plain") { Text = text };
        return mail;
    }

    /// <summary>The mails in the server's INBOX to this address, with whether each is flagged seen.</summary>
    public async Task<IReadOnlyList<(MimeMessage Mail, bool Seen)>> ToAsync(string address)
    {
        using var imap = await ImapAsync();
        var inbox = imap.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadOnly);
        var found = new List<(MimeMessage, bool)>();
        foreach (var summary in await inbox.FetchAsync(0, -1, MessageSummaryItems.UniqueId | MessageSummaryItems.Flags))
        {
            var mail = await inbox.GetMessageAsync(summary.UniqueId);
            if (mail.To.Mailboxes.Any(m => m.Address == address))
            {
                found.Add((mail, summary.Flags!.Value.HasFlag(MessageFlags.Seen)));
            }
        }

        await imap.DisconnectAsync(quit: true);
        return found;
    }

    public async Task<uint> UidValidityAsync()
    {
        using var imap = await ImapAsync();
        await imap.Inbox.OpenAsync(FolderAccess.ReadOnly);
        return imap.Inbox.UidValidity;
    }

    private async Task<ImapClient> ImapAsync()
    {
        var imap = new ImapClient();
        await imap.ConnectAsync("127.0.0.1", server.ImapPort, SecureSocketOptions.None);
        await imap.AuthenticateAsync("tester", "tester");
        return imap;
    }
}
