using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Channels;

/// <summary>The use cases of the Open channels page.</summary>
public sealed class OpenChannelService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, TimeProvider clock)
{
    public async Task<IReadOnlyList<OpenChannelRow>> ListAsync(string? search)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var query = db.OpenChannels.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = SqlLike.Contains(search);
            query = query.Where(c => EF.Functions.Like(c.Name, pattern, SqlLike.Escape));
        }

        var channels = await query.OrderBy(c => c.Name).ToListAsync();
        var connectors = await db.Connectors.Where(c => c.OpenChannelId != null)
            .GroupBy(c => c.OpenChannelId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count);
        return channels
            .Select(c => new OpenChannelRow(c.Id, c.Name, c.IsActive, connectors.GetValueOrDefault(c.Id), c.CreatedAt))
            .ToList();
    }

    public Task<Result<int>> CreateAsync(string name) => writes.RunAsync<int>(async db =>
    {
        var channel = new OpenChannel(name, clock.GetUtcNow());
        if (await NameTakenAsync(db, channel.Name, exceptId: null))
        {
            return NameConflict(channel.Name);
        }

        db.OpenChannels.Add(channel);
        await db.SaveChangesAsync();
        return channel.Id;
    });

    public Task<Result> RenameAsync(int id, string name) => writes.RunAsync(async db =>
    {
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == id);
        if (channel is null)
        {
            return new NotFound("Open channel", id);
        }

        channel.Rename(name);

        if (await NameTakenAsync(db, channel.Name, exceptId: id))
        {
            return NameConflict(channel.Name);
        }

        await db.SaveChangesAsync();
        return Result.Ok;
    });

    /// <summary>O-2: an inactive channel still stores its messages; agents see them once it is active again.</summary>
    public Task<Result> SetActiveAsync(int id, bool active) => writes.RunAsync(async db =>
    {
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == id);
        if (channel is null)
        {
            return new NotFound("Open channel", id);
        }

        if (active)
        {
            channel.Activate();
        }
        else
        {
            channel.Deactivate();
        }

        await db.SaveChangesAsync();
        return Result.Ok;
    });

    private static Task<bool> NameTakenAsync(OpenChannelsDbContext db, string name, int? exceptId) =>
        db.OpenChannels.AnyAsync(c => c.Name.ToLower() == name.ToLower() && c.Id != exceptId);

    private static InvalidInput NameConflict(string name) =>
        new("Name", "An open channel named \"{0}\" already exists.", name);
}
