using OpenChannels.Domain.Routing;

namespace OpenChannels.Web.Features.Routing;

/// <summary>What the app bar shows of the signed-in agent: the status dot and the work-day buttons.</summary>
public sealed record AgentPresence(bool IsOnline, bool TracksWorkTime, WorkDayState WorkDay, DateTimeOffset? WorkDayStartedAt);
