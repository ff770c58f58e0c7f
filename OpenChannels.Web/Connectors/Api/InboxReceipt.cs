namespace OpenChannels.Web.Connectors.Api;

/// <summary>What the API inbox answers: the stored message and its conversation (the same for a repeated id).</summary>
public sealed record InboxReceipt(long MessageId, int ConversationId, int ClientId, bool Created);
