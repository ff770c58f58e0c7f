namespace OpenChannels.Web.Features.Employees;

/// <summary>An employee as the edit dialog opens it.</summary>
public sealed record EmployeeDetails(
    int Id,
    EmployeeForm Form,
    bool CanSignIn,
    bool IsDismissed,
    bool HasPhoto,
    IReadOnlyList<VacationRow> Vacations,
    bool TwoFactorEnabled = false);
