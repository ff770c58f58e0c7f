using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Connectors;

/// <summary>
/// Posts an event as JSON, signed (<see cref="WebhookSignature"/>: <c>t=…,v1=HMAC-SHA256(secret, "t.body")</c>) with
/// its id in <c>OpenChannels-Event-Id</c>: the API connector's webhook and every channel webhook. A 2xx is delivered; a
/// 429 waits as long as <c>Retry-After</c> asks; anything else is retried on the schedule.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory http, IDataProtectionProvider protection, ConnectorSettings settings, TimeProvider clock)
    : IConnectorSender
{
    public const string HttpClientName = "webhooks";
    public const string ProtectorPurpose = "OpenChannels.Connectors.Secret";

    public ConnectorKind Kind => ConnectorKind.Api;

    /// <summary>A signed <c>test</c> event, like any other: a receiver that verifies signatures shows it passed.</summary>
    public Task<SendOutcome> TestAsync(OutboundAttempt probe, CancellationToken cancellationToken) => SendAsync(probe, cancellationToken);

    public async Task<SendOutcome> SendAsync(OutboundAttempt attempt, CancellationToken cancellationToken)
    {
        if (attempt is not { Url: { } url, ProtectedSecret: { } protectedSecret })
        {
            return SendOutcome.Failure("No webhook address is set.", permanent: true);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            var secret = protection.CreateProtector(ProtectorPurpose).Unprotect(protectedSecret);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(attempt.Payload, Encoding.UTF8, "application/json") };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, clock.GetUtcNow(), attempt.Payload));
            request.Headers.Add(WebhookSignature.EventIdHeader, attempt.EventId);
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("OpenChannels-Webhooks", "1"));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return SendOutcome.Success(status);
            }

            var wait = response.StatusCode == HttpStatusCode.TooManyRequests ? RetryAfter(response.Headers.RetryAfter) : null;
            return SendOutcome.Failure($"The receiver answered {status} {response.ReasonPhrase}.", status, wait);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Failure($"The receiver did not answer within {settings.Timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s.");
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or System.Security.Cryptography.CryptographicException)
        {
            return SendOutcome.Failure("The receiver could not be reached: " + e.Message);
        }
    }

    /// <summary>The pause a 429 asks for, kept within an hour.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is { } w ? TimeSpan.FromSeconds(Math.Clamp(w.TotalSeconds, 1, 3600)) : null;
    }
}
