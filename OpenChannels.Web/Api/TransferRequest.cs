namespace OpenChannels.Web.Api;

/// <summary>Exactly one of the two: a colleague, or another open channel.</summary>
public sealed record TransferRequest(int? EmployeeId, int? OpenChannelId);
