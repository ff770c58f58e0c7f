using Microsoft.EntityFrameworkCore;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Support;

/// <summary>The steps routing tests repeat: agents' tabs marking them online, and who holds a conversation.</summary>
public static class RoutingSteps
{
    /// <summary>Q-4: each agent as if one of their tabs had just renewed its presence.</summary>
    public static async Task OnlineAsync(this TestApp app, params int[] agents)
    {
        foreach (var agent in agents)
        {
            await app.Get<AgentStatusService>().TouchAsync(agent);
        }
    }

    public static Task<int?> HolderAsync(this TestApp app, int conversationId) =>
        app.QueryAsync(db => db.Conversations.Where(c => c.Id == conversationId).Select(c => c.AssignedEmployeeId).SingleAsync());
}
