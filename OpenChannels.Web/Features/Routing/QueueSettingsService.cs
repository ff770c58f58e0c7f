using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Routing;

/// <summary>Reads and saves an open channel's Queue tab.</summary>
public sealed class QueueSettingsService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes)
{
    public async Task<QueueForm?> GetAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var channel = await db.OpenChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return null;
        }

        var employees = await db.Employees.AsNoTracking().ToDictionaryAsync(e => e.Id, e => new QueueFormEntry(e.Id, null, e.FullName, e.DismissedAt != null));
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        var settings = channel.QueueSettings;
        return new QueueForm
        {
            Entries = channel.Queue.OrderBy(m => m.Position)
                .Select(m => m.EmployeeId is { } e
                    ? employees.GetValueOrDefault(e) ?? new QueueFormEntry(e, null, "?")
                    : new QueueFormEntry(null, m.DepartmentId, departments.GetValueOrDefault(m.DepartmentId!.Value, "?")))
                .ToList(),
            Mode = settings.Mode,
            IdleMinutes = (int)settings.IdleTime.TotalMinutes,
            CheckAvailability = settings.CheckAvailability,
            AlwaysMonitorAvailability = settings.AlwaysMonitorAvailability,
            LimitConversations = settings.SimultaneousLimit is not null,
            Limit = settings.SimultaneousLimit ?? 5,
            ExcludeAnswered = settings.ExcludedFromLimit.HasFlag(ExcludedFromLimit.Answered),
            ExcludeWaitingForClient = settings.ExcludedFromLimit.HasFlag(ExcludedFromLimit.WaitingForClient),
            ExcludeClosed = settings.ExcludedFromLimit.HasFlag(ExcludedFromLimit.Closed),
            AgentInfo = channel.AgentInfo,
        };
    }

    public Task<Result> SaveAsync(int openChannelId, QueueForm form) => writes.RunAsync(async db =>
    {
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        if (QueueForm.CheckIdleMinutes(form.IdleMinutes) is not null)
        {
            var range = QueueSettings.IdleTimeRange;
            return new InvalidInput("IdleTime", "Enter between {0} ({1} minutes).", range.Described, range.MaxMinutes);
        }

        var employeeIds = form.Entries.Where(e => e.EmployeeId is not null).Select(e => e.EmployeeId!.Value).ToList();
        var departmentIds = form.Entries.Where(e => e.DepartmentId is not null).Select(e => e.DepartmentId!.Value).ToList();
        if (await db.Employees.CountAsync(e => employeeIds.Contains(e.Id)) != employeeIds.Distinct().Count()
            || await db.Departments.CountAsync(d => departmentIds.Contains(d.Id)) != departmentIds.Distinct().Count())
        {
            return new InvalidInput("Queue", "One of the chosen employees or departments no longer exists.");
        }

        channel.ChangeQueueSettings(new QueueSettings(
            form.Mode,
            TimeSpan.FromMinutes(form.IdleMinutes),
            form.CheckAvailability,
            form.AlwaysMonitorAvailability,
            form.LimitConversations ? form.Limit : null,
            form.Excluded));
        channel.ChangeAgentInfo(form.AgentInfo);
        channel.ReplaceQueue(form.Entries.Select(e => (e.EmployeeId, e.DepartmentId)));
        await db.SaveChangesAsync();
        return Result.Ok;
    });

    /// <summary>Sets just the queue's employees, in order (for scripts and tests).</summary>
    public async Task<Result> ReplaceQueueAsync(int openChannelId, IReadOnlyList<int> employeeIds)
    {
        var form = await GetAsync(openChannelId);
        if (form is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        form.Entries = employeeIds.Select(id => new QueueFormEntry(id, null, string.Empty)).ToList();
        return await SaveAsync(openChannelId, form);
    }
}
