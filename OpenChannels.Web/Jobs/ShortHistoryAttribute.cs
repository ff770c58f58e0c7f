using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace OpenChannels.Web.Jobs;

/// <summary>
/// A sweep that runs every few seconds keeps its succeeded runs for an hour instead of Hangfire's day: about 720 runs
/// each, not 17,000, so the job store stays small. Failed runs are kept until someone looks at them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ShortHistoryAttribute : JobFilterAttribute, IApplyStateFilter
{
    public static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.NewState is SucceededState)
        {
            context.JobExpirationTimeout = Kept;
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}
