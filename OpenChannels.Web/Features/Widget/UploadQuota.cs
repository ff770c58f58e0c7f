using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// H2: how many files, and how many bytes, a visitor and a channel may receive from visitors in the last 24 hours
/// (on the app's clock), counted from the messages that hold them: a refused or failed upload leaves none.
/// </summary>
public sealed class UploadQuota(IDbContextFactory<OpenChannelsDbContext> contexts, WidgetLimits limits, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    private const long Megabyte = 1024 * 1024;

    /// <param name="size">The file at hand: 0 before it is read (is anything left at all?), its size once saved.</param>
    public async Task<UploadQuotaReached?> CheckAsync(WidgetClient client, long size)
    {
        var since = clock.GetUtcNow() - Window;
        await using var db = await contexts.CreateDbContextAsync();
        var files = db.Messages.AsNoTracking().Where(m => m.Kind == MessageKind.Client && m.Attachment != null && m.CreatedAt > since);

        // The file at hand is not in a message yet: before it is read, is there room for one more? Once saved, for this one?
        var mine = files.Where(m => m.ClientId == client.ClientId).Select(m => m.Attachment!.Size);
        if (await mine.CountAsync() >= limits.UploadsPerVisitorPerDay)
        {
            return UploadQuotaReached.VisitorFiles(limits.UploadsPerVisitorPerDay);
        }

        if (await mine.SumAsync() + Math.Max(size, 1) > limits.UploadMegabytesPerVisitorPerDay * Megabyte)
        {
            return UploadQuotaReached.VisitorMegabytes(limits.UploadMegabytesPerVisitorPerDay);
        }

        var channel = files.Where(m => db.Conversations.Any(c => c.Id == m.ConversationId && c.OpenChannelId == client.OpenChannelId));
        return await channel.SumAsync(m => m.Attachment!.Size) + Math.Max(size, 1) > limits.UploadMegabytesPerChannelPerDay * Megabyte
            ? UploadQuotaReached.ChannelMegabytes(limits.UploadMegabytesPerChannelPerDay)
            : null;
    }
}
