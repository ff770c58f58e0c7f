using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Employees;

/// <summary>Reinstating an employee who is not dismissed.</summary>
public sealed record NotDismissed(int EmployeeId, string Name)
    : Error("{0} is not dismissed.", Name);
