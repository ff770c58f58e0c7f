using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>
/// A colleague holds the conversation: only they, or a supervisor whose access rights reach them, may finish it, mark it as spam or transfer it.
/// Anyone who may see it can take it over first (M-3).
/// </summary>
public sealed record HeldByColleague(int ConversationId, int HolderEmployeeId, string? HolderName = null)
    : Error(
        HolderName is null
            ? "A colleague holds this conversation: only they, or a supervisor whose access rights reach them, can finish, transfer or mark it as spam. Take it over first."
            : "{0} holds this conversation: only they, or a supervisor whose access rights reach them, can finish, transfer or mark it as spam. Take it over first.",
        HolderName);
