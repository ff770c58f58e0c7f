using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Bots;

/// <summary>Only a conversation the bot holds can be handed over.</summary>
public sealed record NotWithBot(int ConversationId) : Error("This conversation is already with the agents.");
