using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using OpenChannels.Web.Features.Widget;

namespace OpenChannels.Web.Connectors.Api;

/// <summary>
/// The API inbox's allowances: each connector's requests (<see cref="ConnectorSettings.InboxRequestsPerMinute"/>, up to
/// <see cref="ConnectorSettings.InboxBurst"/> at once), so a runaway caller or a leaked token cannot flood the channel;
/// and each address's failed sign-ins (<see cref="FailuresPerMinute"/>), so guessing keys and tokens is refused before the
/// database is asked. Token buckets on the app's clock, as the widget's (<see cref="WidgetTokenBucket"/>).
/// </summary>
public sealed class ApiInboxRateLimiter : IDisposable
{
    public const int FailuresPerMinute = 10;
    public const int FailureBurst = 20;

    private readonly PartitionedRateLimiter<int> _connectors;
    private readonly PartitionedRateLimiter<string> _failures;

    public ApiInboxRateLimiter(ConnectorSettings settings, TimeProvider clock)
    {
        _connectors = PartitionedRateLimiter.Create<int, int>(id => RateLimitPartition.Get(id, _ =>
            new WidgetTokenBucket(settings.InboxBurst, Math.Max(1, settings.InboxRequestsPerMinute / 6), TimeSpan.FromSeconds(10), clock)));
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.Get(address, _ =>
            new WidgetTokenBucket(FailureBurst, 1, TimeSpan.FromMinutes(1) / FailuresPerMinute, clock)));
    }

    /// <summary>Whether this address may try to sign in now; nothing is counted (only a failure is).</summary>
    public RateLimitLease BeforeSignIn(HttpContext http) => _failures.AttemptAcquire(WidgetRateLimiter.AddressOf(http), 0);

    public void SignInFailed(HttpContext http) => _failures.AttemptAcquire(WidgetRateLimiter.AddressOf(http)).Dispose();

    /// <summary>A request of a signed-in connector.</summary>
    public RateLimitLease ForConnector(int connectorId) => _connectors.AttemptAcquire(connectorId);

    public void Dispose()
    {
        _connectors.Dispose();
        _failures.Dispose();
    }
}
