using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;

namespace OpenChannels.Web.Features.Routing;

/// <summary>A decision applied to a conversation, and the automatic message to push once committed.</summary>
public sealed record RoutingResult(RoutingDecision Decision, Message? Notice);
