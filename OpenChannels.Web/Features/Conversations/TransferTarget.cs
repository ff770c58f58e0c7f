namespace OpenChannels.Web.Features.Conversations;

/// <summary>Where a conversation goes: a colleague, or another open channel (M-2).</summary>
public sealed record TransferTarget(int? EmployeeId, int? OpenChannelId);
