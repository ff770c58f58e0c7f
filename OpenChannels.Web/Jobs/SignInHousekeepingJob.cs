using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Jobs;

/// <summary>Removes expired sign-in tickets and sessions (hourly). Idempotent: running it twice deletes nothing more.</summary>
public sealed class SignInHousekeepingJob(SignInTicketService tickets, SessionStore sessions, SweepRuns runs) : SweepJob(runs, "expired sign-in tickets removed")
{
    protected override async Task<int> SweepAsync(CancellationToken cancellationToken) =>
        await tickets.DeleteExpiredAsync(cancellationToken) + await sessions.DeleteExpiredAsync(cancellationToken);
}
