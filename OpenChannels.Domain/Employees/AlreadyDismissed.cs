using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Employees;

/// <summary>Dismissing an employee who is already dismissed.</summary>
public sealed record AlreadyDismissed(int EmployeeId, string Name)
    : Error("{0} is already dismissed.", Name);
