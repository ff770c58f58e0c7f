using Hangfire;

namespace OpenChannels.Web.Jobs;

/// <summary>
/// A J-4 sweep that runs every 5 seconds: its succeeded runs are kept for an hour, and a failed run is not retried —
/// the next run comes within seconds and a failure stays on the dashboard.
/// </summary>
[ShortHistory]
[AutomaticRetry(Attempts = 0)]
public abstract class DeadlineSweepJob(SweepRuns runs, string handled) : SweepJob(runs, handled);
