namespace OpenChannels.Web.Features.Routing;

/// <summary>One line of the queue: an employee or a whole department, with its name (the form shows what it is).</summary>
public sealed record QueueFormEntry(int? EmployeeId, int? DepartmentId, string Name, bool Dismissed = false);
