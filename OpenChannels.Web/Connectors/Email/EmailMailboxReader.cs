using MailKit;
using MailKit.Search;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Connectors.Email;

/// <summary>
/// Reads an e-mail connector's INBOX once (issue 20): the mails after the last UID stored — the unseen ones at the
/// first reading or when the server renumbered its UIDs (another UIDVALIDITY) — each stored (<see cref="EmailIntake"/>),
/// then flagged seen, and the highest UID kept in the connector's settings once the mails are stored. Storing is
/// idempotent by Message-ID, so a crash between the two steps stores nothing twice.
/// </summary>
public sealed class EmailMailboxReader(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, MailConnections connections, EmailIntake intake, ILogger<EmailMailboxReader> log)
{
    /// <summary>Connects, reads the INBOX once and disconnects: a mailbox checked on demand (the tests, a poll).</summary>
    /// <returns>How many clients' mails were new on the server (our own answers copied there are not counted).</returns>
    public async Task<int> ReadAsync(int connectorId, CancellationToken cancellationToken = default)
    {
        if (await MailboxAsync(connectorId, cancellationToken) is not { } mailbox)
        {
            return 0;
        }

        using var imap = await connections.ImapAsync(mailbox.Settings, mailbox.ProtectedPassword, cancellationToken);
        await imap.Inbox.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var read = await ReadOpenAsync(connectorId, imap.Inbox, mailbox.Settings, cancellationToken);
        await imap.DisconnectAsync(quit: true, cancellationToken);
        return read;
    }

    /// <summary>The e-mail connector's settings and protected password, or null when it is gone or belongs to no channel.</summary>
    public async Task<(EmailSettings Settings, string? ProtectedPassword)?> MailboxAsync(int connectorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connector = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == connectorId && c.Kind == ConnectorKind.Email, cancellationToken);
        return connector?.OpenChannelId is null ? null : (EmailSettings.Parse(connector.Settings), connector.ProtectedSecret);
    }

    /// <summary>Reads an INBOX already open for writing (a watcher's connection, kept between readings).</summary>
    /// <returns>How many clients' mails were new on the server (our own answers copied there are not counted).</returns>
    public async Task<int> ReadOpenAsync(int connectorId, IMailFolder inbox, CancellationToken cancellationToken) =>
        // The reading position is read again each time: the last reading moved it.
        await MailboxAsync(connectorId, cancellationToken) is { Settings: var settings } ? await ReadOpenAsync(connectorId, inbox, settings, cancellationToken) : 0;

    private async Task<int> ReadOpenAsync(int connectorId, IMailFolder inbox, EmailSettings settings, CancellationToken cancellationToken)
    {
        var known = settings.UidValidity == inbox.UidValidity;

        // At the first reading, the mails already there and seen are history a person has dealt with: the position starts
        // at the newest one (taken before the search, so a mail arriving meanwhile is read next time).
        var newest = known ? 0 : inbox.UidNext is { } next ? next.Id - 1 : (await inbox.SearchAsync(SearchQuery.All, cancellationToken)).Select(u => u.Id).DefaultIfEmpty().Max();
        var uids = known ? await AfterAsync(inbox, settings.LastUid, cancellationToken) : await inbox.SearchAsync(SearchQuery.NotSeen, cancellationToken);
        var last = known ? settings.LastUid : newest;
        var read = 0;
        foreach (var uid in uids.OrderBy(u => u.Id))
        {
            var mail = await inbox.GetMessageAsync(uid, cancellationToken);

            // Our own answer copied to the mailbox (a Bcc, a shared mailbox) is never a client's message, or we would loop.
            var ours = IsOurOwn(mail, settings);
            read += ours ? 0 : 1;
            if (ours || await intake.StoreAsync(connectorId, mail, $"imap-{inbox.UidValidity}-{uid.Id}@{settings.ImapHost}", cancellationToken))
            {
                await inbox.AddFlagsAsync(uid, MessageFlags.Seen, silent: true, cancellationToken);
            }
            else
            {
                // Refused for good (no sender, a rule): left unseen in the mailbox for a person to read, not retried.
                log.LogWarning("Mail UID {Uid} of connector {ConnectorId} was not stored", uid.Id, connectorId);
            }

            last = Math.Max(last, uid.Id);
        }

        if (!known || last != settings.LastUid)
        {
            await RememberAsync(connectorId, inbox.UidValidity, last, cancellationToken);
        }

        return read;
    }

    /// <summary>
    /// The mails after the last one stored, asked of the server each time: the folder's UIDNEXT is the one it had when
    /// opened, and a connection kept open (IDLE) learns of new mails only by their count.
    /// </summary>
    private static async Task<IList<UniqueId>> AfterAsync(IMailFolder inbox, long lastUid, CancellationToken cancellationToken)
    {
        // "n:*" always matches the newest mail, even below n: only the UIDs after the last one stored are new.
        var range = new UniqueIdRange(new UniqueId((uint)lastUid + 1), UniqueId.MaxValue);
        var found = await inbox.FetchAsync(range, MessageSummaryItems.UniqueId, cancellationToken);
        return [.. found.Select(m => m.UniqueId).Where(u => u.Id > lastUid)];
    }

    private static bool IsOurOwn(MimeKit.MimeMessage mail, EmailSettings settings) =>
        mail.From.Mailboxes.Any(m => string.Equals(m.Address, settings.FromAddress, StringComparison.OrdinalIgnoreCase));

    /// <summary>Only the reading position changes: settings the operator saved meanwhile are kept.</summary>
    private Task<Result> RememberAsync(int connectorId, uint uidValidity, long lastUid, CancellationToken cancellationToken) =>
        writes.RunAsync(
            async db =>
            {
                var connector = await db.Connectors.FirstAsync(c => c.Id == connectorId, cancellationToken);
                var settings = EmailSettings.Parse(connector.Settings) with { UidValidity = uidValidity, LastUid = lastUid };
                connector.Configure(connector.WebhookUrl, settings.ToJson());
                return Result.Ok;
            },
            cancellationToken);
}
