using System.Text.Json;
using OpenChannels.Web.Api;
using Telegram.Bot;
using Update = Telegram.Bot.Types.Update;

namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>
/// <c>POST /api/telegram/{key}</c>: where Telegram posts a webhook-mode bot's updates, with the secret given to
/// <c>setWebhook</c> in <c>X-Telegram-Bot-Api-Secret-Token</c> (401 without it). 200 once the update is stored; an error
/// answer makes Telegram post it again, and the repeat is stored once.
/// </summary>
public static class TelegramWebhookEndpoints
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>An update is a few kilobytes; files come by getFile, never in the body.</summary>
    private const long MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/telegram/{key}", ReceiveAsync).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(string key, HttpContext http, TelegramWebhookInbox inbox, ILogger<TelegramWebhookInbox> log)
    {
        var bot = await inbox.AuthenticateAsync(key, http.Request.Headers[SecretHeader].ToString(), http.RequestAborted);
        if (bot is not { } found)
        {
            // With a body: the status-code pages would otherwise turn a bare 401 into a page.
            return Problems.Of(StatusCodes.Status401Unauthorized, "Unauthorized.", $"Telegram sends the webhook's secret in {SecretHeader}.");
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "Too large.", "A Telegram update is at most 1 MB.");
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            update = null;
        }

        if (update is null)
        {
            return Problems.Invalid("body", "The body must be a Telegram update (JSON).");
        }

        try
        {
            await inbox.ReceiveAsync(found.ConnectorId, found.ProtectedToken, update, http.RequestAborted);
            return Results.Ok();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Telegram update {UpdateId} of connector {ConnectorId} could not be stored; Telegram will post it again", update.Id, found.ConnectorId);
            return Problems.Of(StatusCodes.Status503ServiceUnavailable, "Not stored.", "The update could not be stored now; post it again.");
        }
    }
}
