using System.Security.Claims;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Api;

/// <summary>
/// The agent REST API: what the messenger does, for integrations, with a personal access token. Same rules
/// and same visibility as the UI — it calls the same services.
/// </summary>
public static class AgentApiEndpoints
{
    public static IEndpointRouteBuilder MapAgentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/conversations")
            .RequireAuthorization(Policies.ApiEmployee)
            .DisableAntiforgery()
            .WithTags("Agent API");

        api.MapGet("/", async (ClaimsPrincipal user, ConversationQueries conversations) =>
            Results.Ok(await conversations.ListAsync(Viewer.From(user)!)))
            .WithSummary("The caller's conversations: unanswered, in progress, pinned, and colleagues' in their channels.");

        api.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, ConversationQueries conversations) =>
            await conversations.GetAsync(Viewer.From(user)!, id) is { } details
                ? Results.Ok(details)
                : Problems.From(new NotFound("Conversation", id)))
            .WithSummary("One conversation with its messages, internal notes included.");

        api.MapPost("/{id:int}/messages", async (int id, AgentMessageRequest body, ClaimsPrincipal user, MessengerService messenger) =>
        {
            var sent = await messenger.SendAsync(Viewer.From(user)!, id, body.Text ?? string.Empty, body.Note);
            return sent.Succeeded ? Results.Created($"/api/v1/conversations/{id}", new { id = sent.Value }) : Problems.From(sent.Error);
        }).WithSummary("Reply (accepts an unassigned conversation) or, with note: true, add an internal note.");

        api.MapPost("/{id:int}/accept", (int id, ClaimsPrincipal user, MessengerService messenger) =>
            Run(messenger.AcceptAsync(Viewer.From(user)!, id))).WithSummary("Take an unassigned conversation; 409 if a colleague was first.");

        api.MapPost("/{id:int}/close", (int id, ClaimsPrincipal user, MessengerService messenger) =>
            Run(messenger.CloseAsync(Viewer.From(user)!, id))).WithSummary("Finish the conversation (accepting it first if nobody has it).");

        api.MapPost("/{id:int}/spam", (int id, ClaimsPrincipal user, MessengerService messenger) =>
            Run(messenger.MarkSpamAsync(Viewer.From(user)!, id))).WithSummary("Mark as spam / force stop.");

        api.MapPost("/{id:int}/rating", (int id, SupervisorRatingRequest body, ClaimsPrincipal user, MessengerService messenger) =>
            Run(messenger.RateAsync(Viewer.From(user)!, id, body.Stars, body.Comment)))
            .WithSummary("Rate as a supervisor: 1–5 stars and a comment, kept apart from the client's rating; 403 without the right to rate and read it (P-5).");

        api.MapPost("/{id:int}/transfer", (int id, TransferRequest body, ClaimsPrincipal user, MessengerService messenger) =>
            (body.EmployeeId, body.OpenChannelId) switch
            {
                ({ } employee, null) => Run(messenger.TransferToEmployeeAsync(Viewer.From(user)!, id, employee)),
                (null, { } channel) => Run(messenger.TransferToChannelAsync(Viewer.From(user)!, id, channel)),
                _ => Task.FromResult(Problems.Invalid("target", "Give either employeeId or openChannelId.")),
            }).WithSummary("Transfer to a colleague or to another open channel.");

        endpoints.MapGet("/api/v1/events", async (HttpContext http, ClaimsPrincipal user, Realtime.AgentFeed feed, ConversationQueries conversations, PresenceLeases presence, TimeProvider clock, Realtime.OpenStreams streams) =>
            {
                var viewer = Viewer.From(user)!;
                using var slot = streams.TryOpen($"agent:{viewer.EmployeeId}");
                if (slot is null)
                {
                    await Problems.From(new Realtime.TooManyStreams()).ExecuteAsync(http);
                    return;
                }

                // a client that follows the events (an integration, a mobile app) is an open tab: the agent is online.
                await using var online = await presence.OpenAsync(viewer.EmployeeId);
                await AgentEventStream.StreamAsync(http, viewer, feed, conversations, clock);
            })
            .RequireAuthorization(Policies.ApiEmployee)
            .WithTags("Agent API")
            .WithSummary("Live events (Server-Sent Events) of the conversations the caller may see: created, new or changed message, changes, client typing.");

        return endpoints;
    }

    private static async Task<IResult> Run(Task<Result> action) =>
        await action is { Succeeded: false } failed ? Problems.From(failed.Error) : Results.NoContent();
}
