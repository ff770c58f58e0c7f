using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Routing;

/// <summary>Reads and saves an open channel's Queue tab, and the channel's own photo .</summary>
public sealed class QueueSettingsService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, PhotoStore photos)
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
            AgentDisplayName = channel.AgentDisplayName,
            HasAgentPhoto = channel.AgentPhotoFile is not null,
            RecogniseClients = channel.Crm.RecogniseClients,
            WhenNotRecognised = channel.Crm.WhenNotRecognised,
            LeadSource = channel.Crm.FixedSource,
            RouteToResponsible = channel.Crm.RouteToResponsible,
            TransfereeBecomesResponsible = channel.Crm.TransfereeBecomesResponsible,
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
        channel.ChangeAgentInfo(form.AgentInfo, form.AgentDisplayName);
        channel.ChangeCrm(new Domain.Crm.CrmChannelSettings(
            form.RecogniseClients, form.WhenNotRecognised, form.LeadSource, form.RouteToResponsible, form.TransfereeBecomesResponsible));
        channel.ReplaceQueue(form.Entries.Select(e => (e.EmployeeId, e.DepartmentId)));
        await db.SaveChangesAsync();
        return Result.Ok;
    });

    /// <summary>Q-7: the photo clients see on the channel's answers; the file is checked like a profile photo.</summary>
    public async Task<Result> ReplaceAgentPhotoAsync(int openChannelId, Stream content)
    {
        var saved = await photos.SaveAsync(content);
        if (!saved.Succeeded)
        {
            return saved.Error;
        }

        string? previous = null;
        var changed = await ChangePhotoAsync(openChannelId, channel =>
        {
            previous = channel.AgentPhotoFile;
            channel.ReplaceAgentPhoto(saved.Value);
        });
        photos.Delete(changed.Succeeded ? previous : saved.Value);
        return changed;
    }

    public async Task<Result> RemoveAgentPhotoAsync(int openChannelId)
    {
        string? previous = null;
        var changed = await ChangePhotoAsync(openChannelId, channel =>
        {
            previous = channel.AgentPhotoFile;
            channel.ReplaceAgentPhoto(null);
        });
        photos.Delete(changed.Succeeded ? previous : null);
        return changed;
    }

    public async Task<string?> AgentPhotoFileAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.OpenChannels.Where(c => c.Id == openChannelId).Select(c => c.AgentPhotoFile).FirstOrDefaultAsync();
    }

    private Task<Result> ChangePhotoAsync(int openChannelId, Action<OpenChannel> change) => writes.RunAsync(async db =>
    {
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        change(channel);
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
