using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Routing;

/// <summary>
/// What routing needs to know about an agent that changes all day: when they were last active in a tab
/// (presence, Q-4), when they last got a conversation (Evenly, Q-2), and their work day.
/// </summary>
public sealed class AgentStatus
{
    private AgentStatus()
    {
    }

    public AgentStatus(int employeeId) => EmployeeId = employeeId;

    public int EmployeeId { get; private set; }

    public DateTimeOffset? LastActivityAt { get; private set; }

    public DateTimeOffset? LastAssignedAt { get; private set; }

    public WorkDayState WorkDay { get; private set; }

    public DateTimeOffset? WorkDayStartedAt { get; private set; }

    public DateTimeOffset? BreakStartedAt { get; private set; }

    public DateTimeOffset? WorkDayEndedAt { get; private set; }

    /// <summary>Time spent on breaks in the current work day.</summary>
    public TimeSpan BreaksToday { get; private set; }

    public void Active(DateTimeOffset at) => LastActivityAt = at;

    public void Assigned(DateTimeOffset at) => LastAssignedAt = at;

    public void StartWorkDay(DateTimeOffset at)
    {
        if (WorkDay is WorkDayState.Working or WorkDayState.OnBreak)
        {
            throw new DomainRuleViolated(new Conflict("The work day has already started."));
        }

        WorkDay = WorkDayState.Working;
        WorkDayStartedAt = at;
        WorkDayEndedAt = null;
        BreakStartedAt = null;
        BreaksToday = TimeSpan.Zero;
    }

    public void Pause(DateTimeOffset at)
    {
        if (WorkDay != WorkDayState.Working)
        {
            throw new DomainRuleViolated(new Conflict("Start the work day before taking a break."));
        }

        WorkDay = WorkDayState.OnBreak;
        BreakStartedAt = at;
    }

    public void Resume(DateTimeOffset at)
    {
        if (WorkDay != WorkDayState.OnBreak)
        {
            throw new DomainRuleViolated(new Conflict("There is no break to end."));
        }

        BreaksToday += at - BreakStartedAt!.Value;
        BreakStartedAt = null;
        WorkDay = WorkDayState.Working;
    }

    public void EndWorkDay(DateTimeOffset at)
    {
        if (WorkDay == WorkDayState.OnBreak)
        {
            Resume(at);
        }

        if (WorkDay != WorkDayState.Working)
        {
            throw new DomainRuleViolated(new Conflict("The work day has not started."));
        }

        WorkDay = WorkDayState.Ended;
        WorkDayEndedAt = at;
    }
}
