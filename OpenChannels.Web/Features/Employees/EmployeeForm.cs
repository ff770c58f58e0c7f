namespace OpenChannels.Web.Features.Employees;

/// <summary>What the employee dialog edits.</summary>
public sealed class EmployeeForm
{
    public string FirstName { get; set; } = string.Empty;

    public string LastName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string? Position { get; set; }

    public int? DepartmentId { get; set; }

    /// <summary>A new password: grants sign-in to an employee without an account, or replaces the password.</summary>
    public string? Password { get; set; }

    public bool IsAdministrator { get; set; }

    /// <summary>Q-4: gets conversations only during a started work day.</summary>
    public bool TracksWorkTime { get; set; }

    /// <summary>
    /// J-2: the vacations as the dialog leaves them — kept ones with their id, new ones without — saved with the rest;
    /// null leaves the stored ones as they are.
    /// </summary>
    public List<VacationDraft>? Vacations { get; set; }

    /// <summary>A photo chosen in the dialog, stored with the rest on save; null keeps the current one.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public byte[]? NewPhoto { get; set; }
}
