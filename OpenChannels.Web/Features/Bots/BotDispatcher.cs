using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Bots;

/// <summary>
/// Sends the webhook bots' outbox: each due event in its conversation's order, signed (<see cref="WebhookSignature"/>),
/// claimed first in its own write transaction so two runners never send it at once, and its outcome written in another
/// — the bot's replies in the same transaction as "delivered", so a reply is stored once. A failure (timeout, refused
/// connection, an error status, a reply that is not the documented JSON) is logged for the bot's administrator and
/// retried after a pause; the bot's failure limit hands the conversation over to the agents.
/// </summary>
public sealed class BotDispatcher(
    IDbContextFactory<OpenChannelsDbContext> contexts,
    WritePipeline writes,
    IHttpClientFactory http,
    BotCredentials credentials,
    BotReplies replies,
    BotSettings settings,
    TimeProvider clock,
    ILogger<BotDispatcher> log)
{
    public const string HttpClientName = "bots";

    /// <summary>Sends what is due now; returns how many events were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        foreach (var id in await DueAsync(cancellationToken))
        {
            if (await ClaimAsync(id, cancellationToken) is { } attempt)
            {
                var outcome = await SendAsync(attempt, cancellationToken);
                delivered += await replies.RecordAsync(id, outcome, cancellationToken) ? 1 : 0;
            }
        }

        return delivered;
    }

    /// <summary>The events whose time has come and that wait for no earlier event of their conversation.</summary>
    private async Task<List<long>> DueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.BotDeliveries.AsNoTracking()
            .Where(d => d.NextAttemptAt != null && d.NextAttemptAt <= now)
            .Where(d => !db.BotDeliveries.Any(o => o.ConversationId == d.ConversationId && o.Id < d.Id && o.NextAttemptAt != null))
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .Take(100)
            .ToListAsync(cancellationToken);
    }

    private async Task<Attempt?> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        Attempt? attempt = null;
        await writes.RunAsync(
            async db =>
            {
                var now = clock.GetUtcNow();
                var delivery = await db.BotDeliveries.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
                if (delivery is not { NextAttemptAt: { } due } || due > now)
                {
                    return Unchanged.Instance;
                }

                // The bot left the conversation (handed over and gone, or the conversation ended): nothing to tell it.
                var conversation = await db.Conversations.AsNoTracking().FirstAsync(c => c.Id == delivery.ConversationId, cancellationToken);
                var bot = await db.Bots.AsNoTracking().FirstOrDefaultAsync(b => b.Id == delivery.BotId, cancellationToken);
                if (bot is not { WebhookUrl: { } url, ProtectedSecret: { } secret } || (conversation.BotId != bot.Id && delivery.EventType == BotEvents.MessageCreatedType))
                {
                    delivery.Drop(now);
                    return Result.Ok;
                }

                delivery.Claim(now);
                attempt = new Attempt(delivery.Id, url, secret, delivery.Payload);
                return Result.Ok;
            },
            cancellationToken);
        return attempt;
    }

    private async Task<BotCallOutcome> SendAsync(Attempt attempt, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, attempt.Url)
            {
                Content = new StringContent(attempt.Payload, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(credentials.Secret(attempt.ProtectedSecret), clock.GetUtcNow(), attempt.Payload));
            request.Headers.Add(WebhookSignature.EventIdHeader, attempt.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("OpenChannels-Bots", "1"));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await BotReply.ReadBodyAsync(response.Content, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return BotCallOutcome.Failure($"The bot answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            return BotReply.Parse(body) is { } reply ? BotCallOutcome.Success(reply) : BotCallOutcome.Failure("The bot's answer is not the reply JSON: " + Snippet(body));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return BotCallOutcome.Failure($"The bot did not answer within {settings.Timeout.TotalSeconds:0} s.");
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or System.Security.Cryptography.CryptographicException)
        {
            log.LogInformation(e, "Bot event {EventId} could not be delivered", attempt.Id);
            return BotCallOutcome.Failure("The bot could not be reached: " + e.Message);
        }
    }

    private static string Snippet(string body) => body.Length <= 120 ? body : body[..119] + "…";

    private sealed record Attempt(long Id, string Url, string ProtectedSecret, string Payload);
}
