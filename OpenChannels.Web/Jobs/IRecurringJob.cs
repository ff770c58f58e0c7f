namespace OpenChannels.Web.Jobs;

/// <summary>
/// A job the schedule runs again and again. It only sweeps state kept in the database (J-4), so a run that is late,
/// repeated, or overlaps another run (here or on another instance) changes nothing twice. The result is a short
/// sentence the dashboard shows with the run.
/// </summary>
public interface IRecurringJob
{
    Task<string> RunAsync(CancellationToken cancellationToken);
}
