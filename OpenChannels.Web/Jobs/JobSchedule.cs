using Hangfire;
using Hangfire.Dashboard;
using Hangfire.Storage;
using OpenChannels.Web.Data;
using OpenChannels.Web.Identity;
using OpenChannels.Web.Infrastructure;

namespace OpenChannels.Web.Jobs;

/// <summary>
/// Every recurring job, in one place, on Hangfire's SQLite store (docs/decisions/0009). Jobs only sweep state kept in
/// the database (J-4): a deadline is a column on its row, never only a job, so nothing is lost when a job is.
/// </summary>
public static class JobSchedule
{
    public const string DashboardPath = "/jobs";

    /// <summary>Six fields, the first the seconds: the deadline sweeps keep the spec's timing to about 5 seconds.</summary>
    public const string EveryFiveSeconds = "*/5 * * * * *";

    public static readonly IReadOnlyList<RecurringJobDefinition> RecurringJobs =
    [
        RecurringJobDefinition.For<SignInHousekeepingJob>("sign-in-housekeeping", "Sign-in housekeeping", Cron.Hourly()),
        RecurringJobDefinition.For<ReofferUnassignedJob>("j1-reoffer-unassigned", "J-1 · offer unassigned conversations again", "*/2 * * * *"),
        RecurringJobDefinition.For<ReturnFromUnavailableAgentsJob>(
            "j2-return-from-unavailable-agents", "J-2 · return conversations of unavailable agents", Cron.Daily()),
        RecurringJobDefinition.For<CloseStaleConversationsJob>("j3-close-stale-conversations", "J-3 · close week-old conversations", Cron.Hourly()),
        RecurringJobDefinition.For<TransferIdleOffersJob>("j4-idle-offers", "J-4 · pass unaccepted offers on (Q-3)", EveryFiveSeconds),
        RecurringJobDefinition.For<MarkUnansweredJob>("j4-unanswered", "J-4 · unanswered mark (A-3, A-4)", EveryFiveSeconds),
        RecurringJobDefinition.For<CloseTimedOutConversationsJob>("j4-client-timeout", "J-4 · client timeout (A-7)", EveryFiveSeconds),
        RecurringJobDefinition.For<FullyCloseJob>("j4-full-close", "J-4 · fully close after the delay (A-6)", EveryFiveSeconds),
        RecurringJobDefinition.For<AnnounceLateResponsesJob>("j4-late-responses", "J-4 · announce late answers (K-2)", EveryFiveSeconds),
        RecurringJobDefinition.For<WithdrawRatingRequestsJob>("j4-rating-time-limit", "J-4 · withdraw rating requests after the time limit (R-4)", EveryFiveSeconds),
        RecurringJobDefinition.For<HandOverFromBotsJob>("j4-bot-hand-over", "J-4 · hand over from bots after their time (B-3)", EveryFiveSeconds),
        RecurringJobDefinition.For<DeliverBotEventsJob>("bot-events", "Webhook bots · send and retry events (B-1)", EveryFiveSeconds),
        RecurringJobDefinition.For<DeliverOutboundJob>("outbound-events", "Connectors and webhooks · send and retry events (CH-1)", EveryFiveSeconds),
        RecurringJobDefinition.For<RunListExportsJob>("list-exports", "Conversation list exports (large CSV files)", EveryFiveSeconds),
    ];

    public static WebApplicationBuilder AddOpenChannelsJobs(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(JobSettings.Section).Get<JobSettings>() ?? new JobSettings();
        SettingsCheck.ThrowIfAny(JobSettings.Section, settings.Validate(builder.Environment.EnvironmentName));

        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var contentRoot = builder.Environment.ContentRootPath;
        var databasePath = settings.ResolveDatabasePath(contentRoot, storage.ResolveDataDirectory(contentRoot));

        // Registered before AddHangfire, so Hangfire uses this store and the container disposes it.
        builder.Services.AddSingleton(_ => JobStoreFactory.Open(settings, databasePath, TimeSpan.FromSeconds(storage.BusyTimeoutSeconds)));
        builder.Services.AddHangfire((services, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new JobLogProvider(services.GetRequiredService<ILoggerFactory>()))
            .UseStorage(services.GetRequiredService<JobStorage>()));
        if (settings.RunServer)
        {
            builder.Services.AddHangfireServer(options =>
            {
                options.WorkerCount = settings.WorkerCount;
                options.SchedulePollingInterval = settings.PollInterval;
            });
        }

        builder.Services.AddHealthChecks().AddCheck<JobStoreHealthCheck>("jobs");
        builder.Services.AddSingleton<SweepRuns>();
        foreach (var job in RecurringJobs)
        {
            builder.Services.AddTransient(job.JobType);
        }

        return builder;
    }

    /// <summary>
    /// Writes the schedule into the store at start-up: every job added or updated (idempotent, so every instance may
    /// do it), and the recurring jobs whose code is gone removed with their pending runs.
    /// </summary>
    public static void RegisterRecurringJobs(IServiceProvider services)
    {
        var manager = services.GetRequiredService<IRecurringJobManager>();
        foreach (var job in RecurringJobs)
        {
            job.Register(manager);
        }

        var known = RecurringJobs.Select(j => j.Id).ToHashSet();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(JobSchedule));
        var storage = services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Where(j => !known.Contains(j.Id)))
        {
            manager.RemoveIfExists(stale.Id);
            logger.LogInformation("Removed the recurring job {Job}: it is no longer in the schedule", stale.Id);
        }

        StaleJobs.Remove(storage, services.GetRequiredService<IBackgroundJobClient>(), logger);
    }

    public static WebApplication MapJobDashboard(this WebApplication app)
    {
        var titles = RecurringJobs.ToDictionary(j => j.JobType, j => j.Title);
        app.MapHangfireDashboardWithAuthorizationPolicy(
            Policies.Settings,
            DashboardPath,
            new DashboardOptions
            {
                DashboardTitle = "OpenChannels jobs",
                AppPath = "/",
                DisplayStorageConnectionString = false,
                DisplayNameFunc = (_, job) => titles.TryGetValue(job.Type, out var title) ? title : $"{job.Type.Name}.{job.Method.Name}",
            });
        return app;
    }
}
