using Hangfire;
using Hangfire.Dashboard;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Jobs;

/// <summary>
/// Every recurring job, in one place. Jobs only sweep state kept in the database (J-4), so the in-memory
/// job store losing its queue on restart loses no deadline: the next sweep finds it (docs/decisions/0002).
/// </summary>
public static class JobSchedule
{
    public const string DashboardPath = "/jobs";

    public static WebApplicationBuilder AddOpenChannelsJobs(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(JobSettings.Section).Get<JobSettings>() ?? new JobSettings();
        builder.Services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage());
        if (settings.RunServer)
        {
            builder.Services.AddHangfireServer(options => options.WorkerCount = settings.WorkerCount);
            builder.Services.AddHostedService<DeadlineSweeper>();
        }

        builder.Services.AddTransient<SignInHousekeepingJob>();
        builder.Services.AddTransient<ReofferUnassignedJob>();
        builder.Services.AddTransient<ReturnFromUnavailableAgentsJob>();
        builder.Services.AddTransient<CloseStaleConversationsJob>();
        return builder;
    }

    public static void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<SignInHousekeepingJob>(
            "sign-in-housekeeping", job => job.RunAsync(CancellationToken.None), Cron.Hourly());
        jobs.AddOrUpdate<ReofferUnassignedJob>(
            "j1-reoffer-unassigned", job => job.RunAsync(CancellationToken.None), "*/2 * * * *");
        jobs.AddOrUpdate<ReturnFromUnavailableAgentsJob>(
            "j2-return-from-unavailable-agents", job => job.RunAsync(CancellationToken.None), Cron.Daily());
        jobs.AddOrUpdate<CloseStaleConversationsJob>(
            "j3-close-stale-conversations", job => job.RunAsync(CancellationToken.None), Cron.Hourly());
    }

    public static WebApplication MapJobDashboard(this WebApplication app)
    {
        app.MapHangfireDashboardWithAuthorizationPolicy(
            Policies.Administrator,
            DashboardPath,
            new DashboardOptions { DashboardTitle = "OpenChannels jobs", AppPath = "/", DisplayStorageConnectionString = false });
        return app;
    }
}
