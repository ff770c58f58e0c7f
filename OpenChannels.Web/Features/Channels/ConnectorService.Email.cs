using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Connectors.Email;

namespace OpenChannels.Web.Features.Channels;

/// <summary>Issue 20: an e-mail connector — a mailbox read by IMAP, answers sent by SMTP.</summary>
public sealed partial class ConnectorService
{
    /// <summary>Checked field by field; the password is kept protected (data protection), never in the settings' JSON.</summary>
    public Task<Result<int>> AddEmailAsync(int openChannelId, string name, EmailConnectorForm form) => writes.RunAsync<int>(async db =>
    {
        var settings = form.ToSettings();
        if (settings.Validate().FirstOrDefault() is { } invalid)
        {
            return invalid;
        }

        if (string.IsNullOrEmpty(form.Password))
        {
            return new InvalidInput(nameof(form.Password), "Enter the mailbox's password.");
        }

        if (!await db.OpenChannels.AnyAsync(c => c.Id == openChannelId))
        {
            return new NotFound("Open channel", openChannelId);
        }

        var connector = new Connector(ConnectorKind.Email, name, openChannelId, NewKey());
        connector.Configure(webhookUrl: null, settings.ToJson());
        connector.SetCredentials(tokenHash: null, credentials.Protect(form.Password));
        db.Connectors.Add(connector);
        await db.SaveChangesAsync();
        return connector.Id;
    });

    /// <summary>
    /// Renames the connector and changes its servers, sign-in and interval, checked as when added; a blank password keeps
    /// the one kept. The same mailbox (IMAP server and user) keeps its reading position; another one starts as a new
    /// mailbox does, at its unread mails. The mailbox watcher connects again with what changed.
    /// </summary>
    public Task<Result> ChangeEmailAsync(int connectorId, string name, EmailConnectorForm form) => writes.RunAsync(async db =>
    {
        var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId && c.Kind == ConnectorKind.Email);
        if (connector is null)
        {
            return new NotFound("Connector", connectorId);
        }

        var settings = form.ToSettings();
        if (settings.Validate().FirstOrDefault() is { } invalid)
        {
            return invalid;
        }

        // Read inside the write: the watcher may have moved the position since.
        settings = settings.ContinuingFrom(EmailSettings.Parse(connector.Settings));
        connector.Rename(name);
        connector.Configure(connector.WebhookUrl, settings.ToJson());
        connector.SetCredentials(tokenHash: null, string.IsNullOrEmpty(form.Password) ? null : credentials.Protect(form.Password));
        return Result.Ok;
    });
}
