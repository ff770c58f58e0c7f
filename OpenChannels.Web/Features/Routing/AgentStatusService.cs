using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Routing;

/// <summary>Presence (Q-4: active in an open tab) and the work day (start, pause, resume, end).</summary>
public sealed class AgentStatusService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, TimeProvider clock)
{
    /// <summary>The agent is using a tab now; called about once a minute while they are active.</summary>
    public async Task TouchAsync(int employeeId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var status = await RoutingService.StatusOfAsync(db, employeeId);
        status.Active(clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    public async Task<AgentPresence> PresenceAsync(int employeeId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var status = await db.AgentStatuses.AsNoTracking().FirstOrDefaultAsync(s => s.EmployeeId == employeeId);
        var tracks = await db.Employees.Where(e => e.Id == employeeId).Select(e => e.TracksWorkTime).FirstOrDefaultAsync();
        return new AgentPresence(
            Availability.IsOnline(status?.LastActivityAt, clock.GetUtcNow()),
            tracks,
            status?.WorkDay ?? WorkDayState.NotStarted,
            status?.WorkDayStartedAt);
    }

    public Task<Result> StartWorkDayAsync(int employeeId) => ChangeAsync(employeeId, (s, now) => s.StartWorkDay(now));

    public Task<Result> PauseAsync(int employeeId) => ChangeAsync(employeeId, (s, now) => s.Pause(now));

    public Task<Result> ResumeAsync(int employeeId) => ChangeAsync(employeeId, (s, now) => s.Resume(now));

    public Task<Result> EndWorkDayAsync(int employeeId) => ChangeAsync(employeeId, (s, now) => s.EndWorkDay(now));

    private Task<Result> ChangeAsync(int employeeId, Action<AgentStatus, DateTimeOffset> change) => writes.RunAsync(async db =>
    {
        change(await RoutingService.StatusOfAsync(db, employeeId), clock.GetUtcNow());
        return Result.Ok;
    });
}
