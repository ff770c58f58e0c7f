using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;

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
}
