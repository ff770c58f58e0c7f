namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>
/// Keeps one long-polling loop per Telegram connector in polling mode (<see cref="TelegramPolling"/>), starting and
/// stopping loops as connectors come, go or change mode. A failing bot waits longer each time (up to a minute) and shows
/// the error as its health; the others go on. Off with <c>Telegram:PollingEnabled</c>.
/// </summary>
public sealed class TelegramPoller(TelegramPolling polling, TelegramApiSettings settings, TimeProvider clock, ILogger<TelegramPoller> log)
    : BackgroundService
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MinimumPoll = TimeSpan.FromSeconds(1);

    private readonly Dictionary<int, (Task Loop, CancellationTokenSource Stop)> _loops = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.PollingEnabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    Reconcile(await polling.PolledConnectorsAsync(stoppingToken), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Listing the Telegram connectors to poll failed; trying again shortly");
                }

                await Task.Delay(Refresh, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            foreach (var (_, stop) in _loops.Values)
            {
                await stop.CancelAsync();
            }

            await Task.WhenAll(_loops.Values.Select(l => l.Loop));
        }
    }

    private void Reconcile(IReadOnlyList<int> wanted, CancellationToken stoppingToken)
    {
        foreach (var (id, (loop, stop)) in _loops.ToList())
        {
            if (!wanted.Contains(id) || loop.IsCompleted)
            {
                stop.Cancel();
                stop.Dispose();
                _loops.Remove(id);
            }
        }

        foreach (var id in wanted.Where(id => !_loops.ContainsKey(id)))
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            _loops[id] = (Task.Run(() => LoopAsync(id, stop.Token), CancellationToken.None), stop);
        }
    }

    private async Task LoopAsync(int connectorId, CancellationToken stop)
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var started = clock.GetTimestamp();
                var taken = await polling.PollAsync(connectorId, settings.PollWait, stop);
                failures = 0;

                // A server that answers an empty poll at once (no long-poll wait) is asked again after a second, not in a spin.
                var spent = clock.GetElapsedTime(started);
                if (taken == 0 && spent < MinimumPoll)
                {
                    await Task.Delay(MinimumPoll - spent, clock, stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                log.LogWarning(e, "Polling Telegram connector {ConnectorId} failed (attempt {Failures})", connectorId, failures);
                await RecordAsync(connectorId, e);
                try
                {
                    await Task.Delay(PauseAfter(e, failures), clock, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task RecordAsync(int connectorId, Exception failure)
    {
        try
        {
            await polling.FailedAsync(connectorId, TelegramErrors.Describe(failure));
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Recording the polling failure of connector {ConnectorId} failed", connectorId);
        }
    }

    /// <summary>As long as Telegram asks on a 429; otherwise 2, 4, 8… seconds, up to a minute.</summary>
    private static TimeSpan PauseAfter(Exception e, int failures) =>
        TelegramErrors.Outcome(e).RetryAfter ?? TimeSpan.FromSeconds(Math.Min(60, 1 << Math.Min(failures, 6)));
}
