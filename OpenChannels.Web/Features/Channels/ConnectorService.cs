using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Outbound;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Channels;

/// <summary>An open channel's connectors (the channel page).</summary>
public sealed partial class ConnectorService(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, Identity.SecurityLog log, Connectors.ConnectorCredentials credentials,
    Routing.RoutingSweeps sweeps, IEnumerable<Connectors.IConnectorSender> senders, TimeProvider clock,
    Connectors.Telegram.TelegramSetup telegram)
{
    public async Task<IReadOnlyList<ConnectorRow>> ConnectorsAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Connectors.AsNoTracking().Where(c => c.OpenChannelId == openChannelId).OrderBy(c => c.Name)
            .Select(c => new ConnectorRow(c.Id, c.Kind, c.Name, c.PublicKey, c.WidgetTitle, c.WidgetColor, c.AllowedOrigins)
            {
                IsEnabled = c.IsEnabled,
                Language = db.OpenChannels.Where(ch => ch.Id == c.OpenChannelId).Select(ch => ch.Language).FirstOrDefault(),
                PausedReply = c.PausedReply,
                WebhookUrl = c.WebhookUrl,
                Settings = c.Settings,
                LastInboundAt = c.LastInboundAt,
                LastOutboundAt = c.LastOutboundAt,
                LastError = c.LastError,
                LastErrorAt = c.LastErrorAt,
                Pending = db.OutboundDeliveries.Count(d => d.Target == OutboundTarget.Connector && d.TargetId == c.Id && d.NextAttemptAt != null),
            })
            .ToListAsync();
    }

    /// <summary>CH-2: a live-chat widget for this channel, with a fresh public key for its snippet.</summary>
    public Task<Result<int>> AddLiveChatAsync(int openChannelId, string name) => writes.RunAsync<int>(async db =>
    {
        if (!await db.OpenChannels.AnyAsync(c => c.Id == openChannelId))
        {
            return new NotFound("Open channel", openChannelId);
        }

        var connector = new Connector(ConnectorKind.LiveChat, name, openChannelId, NewKey());
        db.Connectors.Add(connector);
        await db.SaveChangesAsync();
        return connector.Id;
    });

    public Task<Result> ChangeLookAsync(int connectorId, string name, string? title, string? color) => writes.RunAsync(async db =>
    {
        var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId);
        if (connector is null)
        {
            return new NotFound("Connector", connectorId);
        }

        connector.Rename(name);
        connector.ChangeWidgetLook(title, color);
        await db.SaveChangesAsync();
        return Result.Ok;
    });

    /// <summary>
    /// The websites the live chat may run on, one per line (or separated by commas or spaces); empty: any website.
    /// A page elsewhere gets no chat, and the API refuses requests from another <c>Origin</c>.
    /// </summary>
    public async Task<Result> RestrictOriginsAsync(int connectorId, string? websites, string? actingUserId)
    {
        var origins = (websites ?? string.Empty).Split(['\n', '\r', ',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var saved = await writes.RunAsync<int>(async db =>
        {
            var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId);
            if (connector is null)
            {
                return new NotFound("Connector", connectorId);
            }

            connector.RestrictToOrigins(origins);
            return WebOrigins.Split(connector.AllowedOrigins).Count;
        });
        if (saved.Succeeded)
        {
            log.ConnectorOriginsChanged(connectorId, saved.Value, actingUserId);
        }

        return saved.WithoutValue();
    }

    /// <summary>
    /// A fresh public key: the old snippet stops working at once, with every file or stream link made under it. The
    /// connector's visitors and conversations stay; a visitor on the new snippet starts a new chat session.
    /// </summary>
    public async Task<Result<string>> ReplaceKeyAsync(int connectorId, string? actingUserId)
    {
        var replaced = await writes.RunAsync<string>(async db =>
        {
            var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId);
            if (connector is null)
            {
                return new NotFound("Connector", connectorId);
            }

            connector.ReplaceKey(NewKey());
            return connector.PublicKey;
        });
        if (replaced.Succeeded)
        {
            log.ConnectorKeyReplaced(connectorId, actingUserId);
        }

        return replaced;
    }

    /// <summary>96 random bits: not a secret, but never guessable, so a key cannot be found by trying.</summary>
    internal static string NewKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    /// <summary>Takes the connector out of service; its clients and conversations are kept (nothing is lost).</summary>
    public Task<Result> DetachAsync(int connectorId) => writes.RunAsync(async db =>
    {
        var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId);
        if (connector is null)
        {
            return new NotFound("Connector", connectorId);
        }

        connector.Detach();
        await db.SaveChangesAsync();
        return Result.Ok;
    });
}
