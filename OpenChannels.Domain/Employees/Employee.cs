using System.Globalization;
using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Employees;

/// <summary>
/// A person of the business: may sign in, answer conversations, head a department.
/// Dismissal and vacations are availability facts the routing rules read (Q-4, J-2).
/// </summary>
public sealed class Employee
{
    public const int NameMaxLength = 100;
    public const int PositionMaxLength = 100;

    private readonly List<VacationPeriod> _vacations = [];

    private Employee()
    {
        FirstName = LastName = Email = string.Empty;
    }

    public Employee(string firstName, string lastName, string email, DateTimeOffset now)
    {
        FirstName = Guard.RequiredText(firstName, "First name", NameMaxLength);
        LastName = Guard.OptionalText(lastName, "Last name", NameMaxLength) ?? string.Empty;
        Email = EmailAddress.Normalize(email);
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public string FullName => NameOf(FirstName, LastName);

    public string Email { get; private set; }

    public string? Position { get; private set; }

    public int? DepartmentId { get; private set; }

    /// <summary>File name of the photo inside the data folder's photo store; null when there is none.</summary>
    public string? PhotoFile { get; private set; }

    public bool IsDismissed => DismissedAt is not null;

    public DateTimeOffset? DismissedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Q-4: when on, the employee gets conversations only during a started work day, not on a break.</summary>
    public bool TracksWorkTime { get; private set; }

    public IReadOnlyList<VacationPeriod> Vacations => _vacations;

    public void Rename(string firstName, string lastName)
    {
        FirstName = Guard.RequiredText(firstName, "First name", NameMaxLength);
        LastName = Guard.OptionalText(lastName, "Last name", NameMaxLength) ?? string.Empty;
    }

    public void ChangeEmail(string email) => Email = EmailAddress.Normalize(email);

    public void ChangePosition(string? position) => Position = Guard.OptionalText(position, "Position", PositionMaxLength);

    public void MoveToDepartment(int? departmentId) => DepartmentId = departmentId;

    public void SetWorkTimeTracking(bool on) => TracksWorkTime = on;

    public void ReplacePhoto(string? photoFile) => PhotoFile = photoFile;

    /// <summary>Dismisses the employee; <paramref name="by"/> is who does it, when a person does.</summary>
    public void Dismiss(DateTimeOffset now, int? by = null)
    {
        if (by == Id)
        {
            throw new DomainRuleViolated(new CannotDismissYourself(Id));
        }

        if (IsDismissed)
        {
            throw new DomainRuleViolated(new AlreadyDismissed(Id, FullName));
        }

        DismissedAt = now;
    }

    public void Reinstate()
    {
        if (!IsDismissed)
        {
            throw new DomainRuleViolated(new NotDismissed(Id, FullName));
        }

        DismissedAt = null;
    }

    public VacationPeriod AddVacation(DateOnly startsOn, DateOnly endsOn)
    {
        if (endsOn < startsOn)
        {
            throw new DomainRuleViolated(new InvalidInput("Vacation", "A vacation cannot end before it starts."));
        }

        var clash = _vacations.FirstOrDefault(v => v.Overlaps(startsOn, endsOn));
        if (clash is not null)
        {
            throw new DomainRuleViolated(new InvalidInput(
                "Vacation", "It overlaps the vacation {0} – {1}.", clash.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), clash.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        var period = new VacationPeriod(startsOn, endsOn);
        _vacations.Add(period);
        _vacations.Sort((a, b) => a.StartsOn.CompareTo(b.StartsOn));
        return period;
    }

    /// <summary>
    /// The vacations as the employee dialog leaves them, in one go: those kept (by id) stay, those left out go, and new
    /// ones (no id) are added with the usual checks.
    /// </summary>
    public void ReplaceVacations(IReadOnlyCollection<(int? Id, DateOnly StartsOn, DateOnly EndsOn)> vacations)
    {
        var kept = vacations.Where(v => v.Id is not null).Select(v => v.Id!.Value).ToHashSet();
        _vacations.RemoveAll(v => !kept.Contains(v.Id));
        foreach (var (_, startsOn, endsOn) in vacations.Where(v => v.Id is null))
        {
            AddVacation(startsOn, endsOn);
        }
    }

    public void RemoveVacation(int vacationId)
    {
        var period = _vacations.FirstOrDefault(v => v.Id == vacationId)
            ?? throw new DomainRuleViolated(new NotFound("Vacation", vacationId));
        _vacations.Remove(period);
    }

    public bool IsOnVacation(DateOnly day) => _vacations.Any(v => v.Covers(day));

    /// <summary>How a person's name is shown: first and last, or the first alone.</summary>
    public static string NameOf(string firstName, string lastName) => string.IsNullOrEmpty(lastName) ? firstName : $"{firstName} {lastName}";
}
