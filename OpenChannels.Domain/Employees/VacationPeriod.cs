using System.Linq.Expressions;

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

    /// <summary><see cref="Covers"/> as a query a database can run (Q-4 over hundreds of agents at once).</summary>
    public static Expression<Func<VacationPeriod, bool>> Covering(DateOnly day) => v => day >= v.StartsOn && day <= v.EndsOn;

    public bool Overlaps(DateOnly startsOn, DateOnly endsOn) => startsOn <= EndsOn && endsOn >= StartsOn;
}
