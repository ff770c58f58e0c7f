using OpenChannels.Web.Api;
using OpenChannels.Web.Identity;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Conversations;

public static class ConversationEndpoints
{
    /// <summary>Conversation files, for employees who may see the conversation.</summary>
    public static IEndpointRouteBuilder MapConversationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/conversations/{conversationId:int}/files/{messageId:long}", async (
                int conversationId, long messageId, HttpContext http, ConversationQueries conversations, AttachmentStore files) =>
                Viewer.From(http.User) is { } viewer
                && await conversations.AttachmentAsync(viewer, conversationId, messageId) is { } attachment
                && files.PathOf(attachment) is { } path
                    ? FileResults.Serve(http, path, attachment)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Employee);
        return endpoints;
    }
}
