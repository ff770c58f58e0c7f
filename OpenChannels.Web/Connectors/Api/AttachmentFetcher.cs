using System.Net;
using System.Net.Sockets;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Connectors.Api;

/// <summary>
/// Fetches an attachment the API inbox was given by URL: http or https only, within the attachment size and kinds
/// (<see cref="AttachmentStore"/>) and <see cref="ConnectorSettings.FetchTimeout"/>. Every connection — redirects
/// included — is refused to this machine's own networks unless the operator allows it, so a caller cannot make the
/// server read its neighbours.
/// </summary>
public sealed class AttachmentFetcher(IHttpClientFactory http, AttachmentStore files, ConnectorSettings settings)
{
    public const string HttpClientName = "attachments";

    public async Task<Result<Attachment>> FetchAsync(string url, string? name, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return new InvalidInput("attachment.url", "'{0}' is not an http or https address.", url);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.FetchTimeout);
        try
        {
            using var response = await http.CreateClient(HttpClientName).GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return new InvalidInput("attachment.url", "The file could not be fetched: the server answered {0}.", (int)response.StatusCode);
            }

            if (response.Content.Headers.ContentLength > AttachmentStore.MaxBytes)
            {
                return new FileTooLarge("attachment.url", AttachmentStore.MaxBytes);
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            return await files.SaveAsync(body, name ?? Path.GetFileName(uri.LocalPath), timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new InvalidInput("attachment.url", "The file could not be fetched within {0} s.", settings.FetchTimeoutSeconds);
        }
        catch (HttpRequestException e)
        {
            return new InvalidInput("attachment.url", "The file could not be fetched: {0}", e.InnerException is ForbiddenAddress f ? f.Message : e.Message);
        }
    }

    /// <summary>The connection step of the fetching client: resolves the host and refuses a private address before connecting.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connect(ConnectorSettings settings) =>
        async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.Where(a => settings.FetchFromPrivateNetworks || !IsPrivate(a)).ToArray();
            if (allowed.Length == 0)
            {
                throw new ForbiddenAddress(context.DnsEndPoint.Host);
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };

    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10 || b[0] == 0 || b[0] >= 224
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127);
    }

    private sealed class ForbiddenAddress(string host) : IOException($"{host} is on a private network, which the server does not fetch from.");
}
