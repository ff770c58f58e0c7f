namespace OpenChannels.Web.Features.Channels;

public sealed record QueueEntry(int EmployeeId, string Name, bool IsDismissed);
