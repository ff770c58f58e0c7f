using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Kpi;

/// <summary>The KPI tab (K-1, K-2): an open channel's response time targets and its lateness notification.</summary>
public sealed class KpiSettingsService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes)
{
    public async Task<KpiForm?> GetAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var channel = await db.OpenChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == openChannelId);
        return channel?.Kpi is not { } kpi ? null : new KpiForm
        {
            InitialMinutes = kpi.InitialTarget is { } initial ? (int)initial.TotalMinutes : null,
            SubsequentMinutes = kpi.SubsequentTarget is { } subsequent ? (int)subsequent.TotalMinutes : null,
            WorkingHoursOnly = kpi.WorkingHoursOnly,
            Notify = kpi.Notify,
            NotifyEmployeeIds = kpi.NotifyEmployeeIds.ToHashSet(),
            NotifyHolder = kpi.NotifyHolder,
            Text = kpi.Text,
        };
    }

    /// <summary>Saves the tab; an employee to notify must exist and not be dismissed.</summary>
    public Task<Result> SaveAsync(int openChannelId, KpiForm form) => writes.RunAsync(async db =>
    {
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        var recipients = form.Notify ? form.NotifyEmployeeIds.Distinct().ToList() : [];
        if (await db.Employees.CountAsync(e => recipients.Contains(e.Id) && e.DismissedAt == null) != recipients.Count)
        {
            return new InvalidInput("NotifyEmployeeIds", "Choose colleagues who are not dismissed.");
        }

        channel.ChangeKpi(new KpiPolicy(
            Minutes(form.InitialMinutes),
            Minutes(form.SubsequentMinutes),
            form.WorkingHoursOnly,
            form.Notify,
            recipients,
            form.Notify && form.NotifyHolder,
            form.Text));
        return Result.Ok;
    });

    private static TimeSpan? Minutes(int? minutes) => minutes is { } m ? TimeSpan.FromMinutes(m) : null;
}
