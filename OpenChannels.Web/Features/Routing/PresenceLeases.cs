namespace OpenChannels.Web.Features.Routing;

/// <summary>
/// Q-4 (seed 003): an agent using the web version is online as long as a tab with their account is open — whether they
/// use it or not. Each open, connected tab (a Blazor circuit) and each open agent event stream (an integration or a
/// mobile client) holds a lease that marks the agent active every <see cref="Interval"/>; when the last one goes, the
/// agent is offline after <see cref="OpenChannels.Domain.Routing.Availability.OnlineWindow"/>.
/// </summary>
public sealed class PresenceLeases(AgentStatusService statuses, TimeProvider clock, ILogger<PresenceLeases> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(20);

    /// <summary>Marks the agent active now and then every <see cref="Interval"/>, until disposed.</summary>
    public async Task<IAsyncDisposable> OpenAsync(int employeeId)
    {
        await statuses.TouchAsync(employeeId);
        return new Lease(clock.CreateTimer(_ => _ = BeatAsync(employeeId), null, Interval, Interval));
    }

    private async Task BeatAsync(int employeeId)
    {
        try
        {
            await statuses.TouchAsync(employeeId);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The next beat tries again; an agent is only offline after several missed ones.
            logger.LogWarning(e, "Could not mark employee {EmployeeId} active", employeeId);
        }
    }

    private sealed class Lease(ITimer timer) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
