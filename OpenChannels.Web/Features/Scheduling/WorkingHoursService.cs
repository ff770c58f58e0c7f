using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Scheduling;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Scheduling;

/// <summary>Reads and saves an open channel's Working hours tab.</summary>
public sealed class WorkingHoursService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes)
{
    public async Task<WorkingHoursForm?> GetAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var channel = await db.OpenChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return null;
        }

        var hours = channel.Hours;
        return new WorkingHoursForm
        {
            Enabled = hours.TimeZoneId is not null,
            TimeZone = hours.TimeZoneId ?? "Europe/Paris",
            Opens = hours.Opens.ToTimeSpan(),
            Closes = hours.Closes.ToTimeSpan(),
            DaysOff = hours.TimeZoneId is null ? [DayOfWeek.Saturday, DayOfWeek.Sunday] : [.. OpeningHours.DaysOffSet(hours.DaysOff)],
            Holidays = hours.Holidays,
            OutOfHoursReply = hours.OutOfHours.Enabled,
            OutOfHoursText = hours.OutOfHours.Text,
            ShowWidgetOnlyDuringHours = hours.WidgetOnlyDuringHours,
            NoAgentReply = channel.NoAgent.Enabled,
            NoAgentText = channel.NoAgent.Text,
            DefaultOutOfHoursText = DefaultTexts.For(channel.Language, DefaultText.OutOfHours),
            DefaultNoAgentText = DefaultTexts.For(channel.Language, DefaultText.NoAgent),
        };
    }

    public Task<Result> SaveAsync(int openChannelId, WorkingHoursForm form) => writes.RunAsync(async db =>
    {
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        var schedule = form.Enabled
            ? new WorkingHours(
                form.TimeZone,
                TimeOnly.FromTimeSpan(form.Opens ?? throw new DomainRuleViolated(new InvalidInput("Opens", "Enter when the working day starts."))),
                TimeOnly.FromTimeSpan(form.Closes ?? throw new DomainRuleViolated(new InvalidInput("Closes", "Enter when the working day ends."))),
                form.DaysOff,
                HolidayList.Parse(form.Holidays))
            : null;
        channel.ChangeWorkingHours(
            schedule,
            AutomaticReply.Of(form.OutOfHoursReply, form.OutOfHoursText, "Out-of-hours text"),
            form.ShowWidgetOnlyDuringHours,
            AutomaticReply.Of(form.NoAgentReply, form.NoAgentText, "No-agent text"));
        await db.SaveChangesAsync();
        return Result.Ok;
    });

    /// <summary>Why a holiday list does not parse, or null, for the form's own check (shown in the reader's language).</summary>
    public static Error? HolidaysError(string? text)
    {
        try
        {
            HolidayList.Parse(text);
            return null;
        }
        catch (DomainRuleViolated e)
        {
            return e.Error;
        }
    }
}
