using Hangfire;

namespace OpenChannels.Web.Jobs;

/// <summary>One line of the schedule: the job's id in the store, what the dashboard calls it, its cron and its code.</summary>
public sealed record RecurringJobDefinition(string Id, string Title, string Cron, Type JobType)
{
    public static RecurringJobDefinition For<TJob>(string id, string title, string cron)
        where TJob : IRecurringJob => new(id, title, cron, typeof(TJob));

    public void Register(IRecurringJobManager jobs)
    {
        var job = new Hangfire.Common.Job(JobType, typeof(IRecurringJob).GetMethod(nameof(IRecurringJob.RunAsync))!, CancellationToken.None);
        jobs.AddOrUpdate(Id, job, Cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
    }
}
