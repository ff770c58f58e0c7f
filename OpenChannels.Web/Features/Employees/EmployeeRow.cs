namespace OpenChannels.Web.Features.Employees;

/// <summary>One line of the employee list.</summary>
public sealed record EmployeeRow(
    int Id,
    string FullName,
    string Email,
    string? Position,
    string? Department,
    bool IsDismissed,
    bool CanSignIn,
    bool IsAdministrator,
    bool IsOnVacationToday,
    bool HasPhoto,
    bool IsOnline);
