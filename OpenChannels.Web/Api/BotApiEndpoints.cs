using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Bots;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Bots;

namespace OpenChannels.Web.Api;

/// <summary>
/// The bot API (B-1): a webhook bot answers the events it receives, writes in the conversations it takes part in and
/// hands them over to the agents, with its own token (<c>Authorization: Bearer ocbot_…</c>, shown once on the bot's
/// page). It sees nothing else: another bot's or an unknown conversation is 404 alike.
/// </summary>
public static class BotApiEndpoints
{
    private const string BotIdKey = "OpenChannels.BotId";

    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/bots/v1")
            .AllowAnonymous()
            .DisableAntiforgery()
            .AddEndpointFilter(AuthenticateAsync)
            .WithTags(BotApiDocument.Tag);

        api.MapGet("/me", async (HttpContext http, IDbContextFactory<OpenChannelsDbContext> contexts) =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            var bot = await db.Bots.AsNoTracking().FirstAsync(b => b.Id == BotOf(http));
            return Results.Ok(new { id = bot.Id, name = bot.Name });
        }).WithSummary("The bot the token belongs to: check a token without writing anything.");

        api.MapPost("/conversations/{id:int}/messages", async (int id, BotMessageRequest body, HttpContext http, BotReplies replies) =>
        {
            var text = body.Text?.Trim() ?? string.Empty;
            if (text.Length == 0 || text.Length > Domain.Conversations.Message.TextMaxLength)
            {
                return Problems.Invalid("text", $"Write 1 to {Domain.Conversations.Message.TextMaxLength} characters.");
            }

            if (body.Id is { Length: > Domain.Conversations.Message.ClientMessageIdMaxLength })
            {
                return Problems.Invalid("id", $"A message id has at most {Domain.Conversations.Message.ClientMessageIdMaxLength} characters.");
            }

            var posted = await replies.PostAsync(BotOf(http), id, new BotReply([new BotReplyMessage(text, body.Id)], body.HandOver));
            return posted.Succeeded
                ? Results.Ok(new { id = posted.Value.MessageIds.Single(), withBot = posted.Value.WithBot })
                : Problems.From(posted.Error);
        }).WithSummary(
            "Write to the client in a conversation the bot takes part in. With id (the bot's own message id) a repeated request "
            + "stores the message once; with handOver: true the conversation then goes to the agents.");

        api.MapPost("/conversations/{id:int}/hand-over", async (int id, HttpContext http, BotReplies replies) =>
        {
            var posted = await replies.PostAsync(BotOf(http), id, new BotReply([], HandOver: true));
            return posted.Succeeded ? Results.NoContent() : Problems.From(posted.Error);
        }).WithSummary("Hand the conversation over to the agents now (B-3); 409 when the agents already have it.");

        return endpoints;
    }

    private static int BotOf(HttpContext http) => (int)http.Items[BotIdKey]!;

    private static async ValueTask<object?> AuthenticateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var token = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : string.Empty;
        int? botId = null;
        if (token.StartsWith(BotCredentials.TokenPrefix, StringComparison.Ordinal))
        {
            var hash = BotCredentials.Hash(token);
            await using var db = await http.RequestServices.GetRequiredService<IDbContextFactory<OpenChannelsDbContext>>().CreateDbContextAsync();
            botId = await db.Bots.Where(b => b.TokenHash == hash && b.Kind == BotKind.Webhook).Select(b => (int?)b.Id).FirstOrDefaultAsync();
        }

        if (botId is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Of(StatusCodes.Status401Unauthorized, "Unauthorized.", "Give the bot's token: Authorization: Bearer ocbot_….");
        }

        http.Items[BotIdKey] = botId.Value;
        return await next(context);
    }
}
