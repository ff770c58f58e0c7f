using OpenChannels.Domain.Bots;

namespace OpenChannels.Web.Features.Bots;

/// <summary>A bot the Chatbots tab offers.</summary>
public sealed record BotChoice(int Id, string Name, BotKind Kind);
