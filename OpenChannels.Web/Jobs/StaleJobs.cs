using Hangfire;

namespace OpenChannels.Web.Jobs;

/// <summary>
/// Queued and scheduled runs (a retry waiting, say) of a job whose code was removed would only fail when their time
/// comes; at start-up they are deleted instead, and the log says which.
/// </summary>
public static class StaleJobs
{
    private const int Batch = 500;

    public static void Remove(JobStorage storage, IBackgroundJobClient client, ILogger logger)
    {
        var monitoring = storage.GetMonitoringApi();
        var stale = monitoring.ScheduledJobs(0, Batch).Where(j => j.Value is null || j.Value.Job is null || j.Value.LoadException is not null)
            .Select(j => j.Key)
            .Concat(monitoring.Queues().SelectMany(q => monitoring.EnqueuedJobs(q.Name, 0, Batch))
                .Where(j => j.Value is null || j.Value.Job is null || j.Value.LoadException is not null)
                .Select(j => j.Key))
            .Distinct()
            .ToList();
        foreach (var id in stale)
        {
            client.Delete(id);
            logger.LogInformation("Deleted the background job {Job}: its code is no longer in the app", id);
        }
    }
}
