using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Outbound;
using OpenChannels.Web.Connectors;

namespace OpenChannels.Web.Features.Channels;

/// <summary>CH-1's management: an API connector, moving, disabling and enabling, the webhook, and "send a test".</summary>
public sealed partial class ConnectorService
{
    /// <summary>An API inbox on this channel: its token and the signing secret of its webhook are shown once.</summary>
    public Task<Result<NewConnectorSecrets>> AddApiAsync(int openChannelId, string name, string? webhookUrl) => writes.RunAsync<NewConnectorSecrets>(async db =>
    {
        if (!await db.OpenChannels.AnyAsync(c => c.Id == openChannelId))
        {
            return new NotFound("Open channel", openChannelId);
        }

        var token = ConnectorCredentials.NewToken();
        var secret = ConnectorCredentials.NewSecret();
        var connector = new Connector(ConnectorKind.Api, name, openChannelId, NewKey());
        connector.Configure(webhookUrl, settings: null);
        connector.SetCredentials(ConnectorCredentials.Hash(token), credentials.Protect(secret));
        db.Connectors.Add(connector);
        await db.SaveChangesAsync();
        return new NewConnectorSecrets(connector.Id, connector.PublicKey, token, secret);
    });

    /// <summary>A new inbox token (the old one stops at once), or a new signing secret for the webhook.</summary>
    public async Task<Result<NewConnectorSecrets>> RenewApiSecretsAsync(int connectorId, bool token, bool signingSecret, string? actingUserId)
    {
        var renewed = await writes.RunAsync<NewConnectorSecrets>(async db =>
        {
            var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId && c.Kind == ConnectorKind.Api);
            if (connector is null)
            {
                return new NotFound("Connector", connectorId);
            }

            var newToken = token ? ConnectorCredentials.NewToken() : null;
            var newSecret = signingSecret ? ConnectorCredentials.NewSecret() : null;
            connector.SetCredentials(newToken is null ? null : ConnectorCredentials.Hash(newToken), newSecret is null ? null : credentials.Protect(newSecret));
            return new NewConnectorSecrets(connector.Id, connector.PublicKey, newToken, newSecret);
        });
        if (renewed.Succeeded)
        {
            log.ConnectorKeyReplaced(connectorId, actingUserId);
        }

        return renewed;
    }

    public Task<Result> ChangeWebhookAsync(int connectorId, string name, string? webhookUrl) => writes.RunAsync(async db =>
    {
        var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId);
        if (connector is null)
        {
            return new NotFound("Connector", connectorId);
        }

        connector.Rename(name);
        connector.Configure(webhookUrl, connector.Settings);
        return Result.Ok;
    });

    /// <summary>CH-1: new conversations go to the other channel; those in progress stay where they are.</summary>
    public Task<Result> MoveAsync(int connectorId, int openChannelId) => writes.RunAsync(async db =>
    {
        var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId);
        if (connector is null)
        {
            return new NotFound("Connector", connectorId);
        }

        if (!await db.OpenChannels.AnyAsync(c => c.Id == openChannelId))
        {
            return new InvalidInput("Channel", "Choose the open channel to move the connector to.");
        }

        connector.AttachTo(openChannelId);
        return Result.Ok;
    });

    /// <summary>CH-1: what clients send meanwhile is kept and answered with the text (or the channel language's default).</summary>
    public Task<Result> DisableAsync(int connectorId, string? reply) => writes.RunAsync(async db =>
    {
        var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId);
        if (connector is null)
        {
            return new NotFound("Connector", connectorId);
        }

        connector.Disable(reply, clock.GetUtcNow());
        return Result.Ok;
    });

    /// <summary>Enabled again: what clients wrote meanwhile is offered to the agents at once.</summary>
    public async Task<Result> EnableAsync(int connectorId)
    {
        int? channelId = null;
        var enabled = await writes.RunAsync(async db =>
        {
            var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId);
            if (connector is null)
            {
                return new NotFound("Connector", connectorId);
            }

            connector.Enable();
            channelId = connector.OpenChannelId;
            return Result.Ok;
        });
        if (enabled.Succeeded && channelId is { } channel)
        {
            await sweeps.ReofferUnassignedAsync(channel);
        }

        return enabled;
    }

    /// <summary>"Send a test": the connector's own check, sent now; the outcome is shown and kept as its health.</summary>
    public async Task<Result<SendOutcome>> SendTestAsync(int connectorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connector = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == connectorId, cancellationToken);
        if (connector is null)
        {
            return new NotFound("Connector", connectorId);
        }

        var sender = senders.FirstOrDefault(s => s.Kind == connector.Kind);
        if (sender is null || (connector.Kind == ConnectorKind.Api && connector.WebhookUrl is null))
        {
            return new InvalidInput("Connector", "This connector sends nothing out, so there is nothing to test.");
        }

        var now = clock.GetUtcNow();
        var eventId = OutboxWriter.NewEventId();
        var payload = OutboundPayloads.Serialize(new OutboundEvent(eventId, OutboundPayloads.Test, now, null, null, null));
        var outcome = await sender.TestAsync(
            new OutboundAttempt(0, eventId, OutboundPayloads.Test, payload, OutboundTarget.Connector, connector.Id, null, connector.Kind, connector.WebhookUrl, connector.ProtectedSecret, connector.Settings),
            cancellationToken);
        await writes.RunAsync(async w =>
        {
            var tracked = await w.Connectors.FirstAsync(c => c.Id == connectorId, cancellationToken);
            if (outcome.Delivered)
            {
                tracked.Sent(clock.GetUtcNow());
            }
            else
            {
                tracked.Failed("test: " + outcome.Error, clock.GetUtcNow());
            }

            return Result.Ok;
        });
        return outcome;
    }
}
