using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenChannels.Web.Jobs;

/// <summary>/health: the job store is readable and holds the schedule (without it no deadline would be swept).</summary>
public sealed class JobStoreHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = storage.GetConnection();
            var scheduled = connection.GetRecurringJobs().Count;
            return Task.FromResult(scheduled >= JobSchedule.RecurringJobs.Count
                ? HealthCheckResult.Healthy($"{scheduled} recurring jobs")
                : HealthCheckResult.Unhealthy($"only {scheduled} of {JobSchedule.RecurringJobs.Count} recurring jobs are scheduled"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the job store cannot be read", e));
        }
    }
}
