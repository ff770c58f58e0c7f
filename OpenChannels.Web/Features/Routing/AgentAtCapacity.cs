using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features.Routing;

/// <summary>Q-6: taking one more conversation would put the agent above the channel's limit.</summary>
public sealed record AgentAtCapacity(int EmployeeId, int Limit)
    : Error("That would be more than {0} conversations at once, the limit of this open channel.", Limit);
