using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using OpenChannels.Web.Api;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// H1: the allowances of the public widget API. A visitor has their own only once their token is known to belong to
/// the channel; until then (no token, a made-up one) the request counts against its address, so inventing tokens
/// buys nothing. Starting a session is a database write: it counts against the address and against a stricter
/// allowance of new sessions per address. The address is the connection's, or the forwarded one from a proxy the
/// operator lists (Network:KnownProxies).
/// </summary>
public sealed class WidgetRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<int> _clients;
    private readonly PartitionedRateLimiter<string> _addresses;
    private readonly PartitionedRateLimiter<string> _sessions;

    public WidgetRateLimiter(WidgetLimits limits, TimeProvider clock)
    {
        _clients = PartitionedRateLimiter.Create<int, int>(id => RateLimitPartition.Get(id, _ => WidgetTokenBucket.ForRequests(limits, clock)));
        _addresses = PartitionedRateLimiter.Create<string, string>(a => RateLimitPartition.Get(a, _ => WidgetTokenBucket.ForRequests(limits, clock)));
        _sessions = PartitionedRateLimiter.Create<string, string>(a => RateLimitPartition.Get(a, _ => WidgetTokenBucket.ForSessions(limits, clock)));
    }

    /// <summary>A request of a visitor whose token checked out.</summary>
    public RateLimitLease ForClient(int clientId) => _clients.AttemptAcquire(clientId);

    /// <summary>A request with no token, or one that did not check out.</summary>
    public RateLimitLease ForAddress(HttpContext http) => _addresses.AttemptAcquire(AddressOf(http));

    /// <summary>A new session: the address's allowance of sessions first, then its allowance of requests.</summary>
    public RateLimitLease ForSession(HttpContext http)
    {
        var address = AddressOf(http);
        var session = _sessions.AttemptAcquire(address);
        if (!session.IsAcquired)
        {
            return session;
        }

        session.Dispose();
        return _addresses.AttemptAcquire(address);
    }

    /// <summary>429 with a problem in the visitor's language and a Retry-After in whole seconds.</summary>
    public static IResult Refused(RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(10);
        return Problems.RetryLater(new TooManyRequests(), wait);
    }

    /// <summary>An IPv6 host usually holds a whole /64, so that is what one address counts as.</summary>
    public static string AddressOf(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }

        return address.ToString().ToLower(CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _clients.Dispose();
        _addresses.Dispose();
        _sessions.Dispose();
    }
}
