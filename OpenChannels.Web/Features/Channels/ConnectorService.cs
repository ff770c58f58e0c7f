using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Channels;

/// <summary>An open channel's connectors (the channel page).</summary>
public sealed class ConnectorService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes)
{
    public async Task<IReadOnlyList<ConnectorRow>> ConnectorsAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Connectors.AsNoTracking().Where(c => c.OpenChannelId == openChannelId).OrderBy(c => c.Name)
            .Select(c => new ConnectorRow(c.Id, c.Kind, c.Name, c.PublicKey, c.WidgetTitle, c.WidgetColor))
            .ToListAsync();
    }

    /// <summary>CH-2: a live-chat widget for this channel, with a fresh public key for its snippet.</summary>
    public Task<Result<int>> AddLiveChatAsync(int openChannelId, string name) => writes.RunAsync<int>(async db =>
    {
        if (!await db.OpenChannels.AnyAsync(c => c.Id == openChannelId))
        {
            return new NotFound("Open channel", openChannelId);
        }

        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        var connector = new Connector(ConnectorKind.LiveChat, name, openChannelId, key);
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
