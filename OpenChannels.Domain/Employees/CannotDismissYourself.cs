using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Employees;

/// <summary>An administrator may not dismiss themselves (they would lock themselves out at once).</summary>
public sealed record CannotDismissYourself(int EmployeeId)
    : Error("You cannot dismiss yourself.");
