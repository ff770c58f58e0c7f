using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Web.Jobs;

/// <summary>
/// J-4: per-conversation deadlines (idle offers, client timeouts, unanswered marks, rating windows) are columns, swept every
/// few seconds so they fire on time. Hangfire's recurring jobs run at most once a minute, so this short loop runs
/// beside them; like them it only reads the database, so a restart resumes every deadline.
/// </summary>
public sealed class DeadlineSweeper(RoutingSweeps sweeps, TimeProvider clock, ILogger<DeadlineSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sweeps.TransferIdleOffersAsync(stoppingToken);
                await sweeps.CloseTimedOutAsync(stoppingToken);
                await sweeps.MarkUnansweredAsync(stoppingToken);
                await sweeps.FullyCloseAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The deadline sweep failed; it runs again in {Interval}", Interval);
            }
        }
    }
}
