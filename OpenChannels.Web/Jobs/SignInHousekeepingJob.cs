using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Jobs;

/// <summary>Removes expired sign-in tickets (hourly). Idempotent: running it twice deletes nothing more.</summary>
public sealed class SignInHousekeepingJob(SignInTicketService tickets, SweepRuns runs) : SweepJob(runs, "expired sign-in tickets removed")
{
    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => tickets.DeleteExpiredAsync(cancellationToken);
}
