namespace OpenChannels.Web.Features.Routing;

/// <summary>One line of the queue: an employee or a whole department.</summary>
public sealed record QueueFormEntry(int? EmployeeId, int? DepartmentId, string Name);
