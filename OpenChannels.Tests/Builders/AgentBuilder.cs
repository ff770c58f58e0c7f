using OpenChannels.Domain.Routing;

namespace OpenChannels.Tests.Builders;

/// <summary>An available agent unless told otherwise: online just now, no load, never assigned.</summary>
public sealed class AgentBuilder(int employeeId, DateTimeOffset now)
{
    private bool _dismissed;
    private bool _vacation;
    private DateTimeOffset? _lastActivity = now;
    private bool _tracksWorkTime;
    private WorkDayState _workDay = WorkDayState.NotStarted;
    private DateTimeOffset? _lastAssigned;
    private int _load;

    public AgentBuilder Dismissed() => Set(() => _dismissed = true);

    public AgentBuilder OnVacation() => Set(() => _vacation = true);

    public AgentBuilder LastActive(DateTimeOffset? at) => Set(() => _lastActivity = at);

    public AgentBuilder TrackingWorkTime(WorkDayState state) => Set(() => (_tracksWorkTime, _workDay) = (true, state));

    public AgentBuilder LastAssigned(DateTimeOffset at) => Set(() => _lastAssigned = at);

    public AgentBuilder WithLoad(int load) => Set(() => _load = load);

    public AgentSnapshot Build() =>
        new(employeeId, $"Agent {employeeId}", _dismissed, _vacation, _lastActivity, _tracksWorkTime, _workDay, _lastAssigned, _load);

    public static implicit operator AgentSnapshot(AgentBuilder builder) => builder.Build();

    private AgentBuilder Set(Action change)
    {
        change();
        return this;
    }
}
