using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;

namespace OpenChannels.Tests.Web.Routing;

/// <summary>The trigger-kept Q-6 counters, recomputed from the Conversations table they summarise.</summary>
public static class AgentLoadAssertions
{
    public static async Task ShouldMatchTheConversationsAsync(TestApp app)
    {
        var counted = await app.QueryAsync(db => db.AgentLoads
            .Where(l => l.Count != 0)
            .Select(l => new { l.EmployeeId, l.OpenChannelId, l.Status, l.Answered, l.Count })
            .ToListAsync());
        var actual = await app.QueryAsync(db => db.Conversations
            .Where(c => c.AssignedEmployeeId != null && (c.IsOpen || c.Status == ConversationStatus.Closed))
            .GroupBy(c => new { EmployeeId = c.AssignedEmployeeId!.Value, c.OpenChannelId, c.Status, Answered = c.FirstResponseAt != null })
            .Select(g => new { g.Key.EmployeeId, g.Key.OpenChannelId, g.Key.Status, g.Key.Answered, Count = g.Count() })
            .ToListAsync());

        counted.OrderBy(l => (l.EmployeeId, l.OpenChannelId, l.Status, l.Answered)).ShouldBe(actual.OrderBy(l => (l.EmployeeId, l.OpenChannelId, l.Status, l.Answered)));
    }
}
