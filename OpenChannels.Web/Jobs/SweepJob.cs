namespace OpenChannels.Web.Jobs;

/// <summary>
/// A recurring job that sweeps one kind of stored deadline or state and says how many rows it handled. One run of
/// each sweep at a time in this process (<see cref="SweepRuns"/>); each row is re-checked in its own transaction.
/// </summary>
public abstract class SweepJob(SweepRuns runs, string handled) : IRecurringJob
{
    public Task<string> RunAsync(CancellationToken cancellationToken) =>
        runs.RunAsync(GetType().Name, () => SweepAsync(cancellationToken), handled);

    protected abstract Task<int> SweepAsync(CancellationToken cancellationToken);
}
