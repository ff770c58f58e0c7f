namespace OpenChannels.Domain.Employees;

/// <summary>Days an employee is away, both ends included (Q-4: no new conversations while on vacation).</summary>
public sealed class VacationPeriod
{
    private VacationPeriod()
    {
    }

    internal VacationPeriod(DateOnly startsOn, DateOnly endsOn)
    {
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public int Id { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public bool Covers(DateOnly day) => day >= StartsOn && day <= EndsOn;

    public bool Overlaps(DateOnly startsOn, DateOnly endsOn) => startsOn <= EndsOn && endsOn >= StartsOn;
}
