using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Access;

/// <summary>
/// The open channels side of the access rights (P-2): which channels an employee may see, change and connect, by how
/// they stand to each (their own when they are in its queue, their department's when a colleague is). Open channels
/// are few, so each is judged here from its queue rather than in SQL.
/// </summary>
public sealed class ChannelAccess(IDbContextFactory<OpenChannelsDbContext> contexts, AccessScopes scopes)
{
    public static ChannelPermissions Of(AccessScope scope, OpenChannel channel)
    {
        var relation = scope.ToChannel(channel);
        return new ChannelPermissions(
            scope.Rights.Covers(Permission.ViewOpenChannels, relation),
            scope.Rights.Covers(Permission.ModifyOpenChannels, relation),
            scope.Rights.Covers(Permission.ConnectChannels, relation));
    }

    /// <summary>Every open channel the employee may open, with what they may do to it.</summary>
    public async Task<IReadOnlyDictionary<int, ChannelPermissions>> AllAsync(int employeeId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.OfAsync(employeeId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var channels = await db.OpenChannels.AsNoTracking().ToListAsync(cancellationToken);
        return channels.Select(c => (c.Id, Permissions: Of(scope, c))).Where(c => c.Permissions.MayOpen).ToDictionary(c => c.Id, c => c.Permissions);
    }

    /// <summary>What the employee may do to the channel; <see cref="ChannelPermissions.Nothing"/> when it does not exist.</summary>
    public async Task<ChannelPermissions> OfAsync(int employeeId, int channelId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.OfAsync(employeeId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OpenChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, cancellationToken) is { } channel
            ? Of(scope, channel)
            : ChannelPermissions.Nothing;
    }

    /// <summary>A new open channel is nobody's yet: creating one takes the right to change every open channel.</summary>
    public async Task<bool> MayCreateAsync(int employeeId, CancellationToken cancellationToken = default) =>
        (await scopes.OfAsync(employeeId, cancellationToken)).Rights[Permission.ModifyOpenChannels] == AccessLevel.All;
}
