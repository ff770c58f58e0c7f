namespace OpenChannels.Web.Features.Widget;

/// <summary>R-1: the visitor's rating of one of their conversations: "like" or "dislike", and an optional comment.</summary>
public sealed record RateRequest(int ConversationId, string? Rating, string? Comment);
