using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace OpenChannels.Tests.Support;

/// <summary>
/// The in-memory test server has no network peer. This gives every request one, 127.0.0.1 unless the test names
/// another in <see cref="Header"/>, before the app's own pipeline (and its forwarded-headers step) runs.
/// </summary>
public sealed class TestPeerAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.TryParse(context.Request.Headers[Header].FirstOrDefault(), out var peer)
                ? peer
                : context.Connection.RemoteIpAddress ?? IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
