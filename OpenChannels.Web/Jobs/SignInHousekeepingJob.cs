using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Jobs;

/// <summary>Removes expired sign-in tickets. Idempotent: running it twice deletes nothing more.</summary>
public sealed class SignInHousekeepingJob(SignInTicketService tickets, ILogger<SignInHousekeepingJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var removed = await tickets.DeleteExpiredAsync(cancellationToken);
        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} expired sign-in tickets", removed);
        }
    }
}
