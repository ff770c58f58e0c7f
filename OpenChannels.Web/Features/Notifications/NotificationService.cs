using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Notifications;

/// <summary>
/// An employee's notification centre: their newest notifications, the unread count, and marking them read. Every call
/// names the employee who asks, and only their own notifications are ever read or changed.
/// </summary>
public sealed class NotificationService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, TimeProvider clock)
{
    /// <summary>How many the bell lists; older ones stay stored.</summary>
    public const int Shown = 30;

    public async Task<NotificationCentre> CentreAsync(int employeeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var newest = await db.Notifications.AsNoTracking()
            .Where(n => n.EmployeeId == employeeId)
            .OrderByDescending(n => n.Id)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        var unread = await db.Notifications.CountAsync(n => n.EmployeeId == employeeId && n.ReadAt == null, cancellationToken);
        return new NotificationCentre(newest.Select(NotificationRow.From).ToList(), unread);
    }

    /// <summary>How many are unread: all a closed bell shows.</summary>
    public async Task<int> UnreadAsync(int employeeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.EmployeeId == employeeId && n.ReadAt == null, cancellationToken);
    }

    /// <summary>Marks one read; someone else's, or one that does not exist, is not found.</summary>
    public Task<Result> MarkReadAsync(int employeeId, long notificationId) => writes.RunAsync(async db =>
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == notificationId && n.EmployeeId == employeeId);
        if (notification is null)
        {
            return new NotFound("Notification", (int)Math.Min(int.MaxValue, notificationId));
        }

        notification.MarkRead(clock.GetUtcNow());
        return Result.Ok;
    });

    /// <summary>Marks every unread one read, and returns how many that was.</summary>
    public Task<Result<int>> MarkAllReadAsync(int employeeId) => writes.RunAsync<int>(async db =>
    {
        var now = clock.GetUtcNow();
        var unread = await db.Notifications.Where(n => n.EmployeeId == employeeId && n.ReadAt == null).ToListAsync();
        unread.ForEach(n => n.MarkRead(now));
        return unread.Count;
    });
}
