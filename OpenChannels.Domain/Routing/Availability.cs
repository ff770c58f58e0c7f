namespace OpenChannels.Domain.Routing;

/// <summary>Q-4: may this agent get a new conversation now? Null when yes, else the first reason not to.</summary>
public static class Availability
{
    /// <summary>
    /// An agent counts as online while one of their tabs (or event streams) is open: each marks them active every 20
    /// seconds, so they are offline within about a minute after the last one closed or lost its connection (seed 003).
    /// </summary>
    public static readonly TimeSpan OnlineWindow = TimeSpan.FromSeconds(60);

    public static bool IsOnline(DateTimeOffset? lastActivityAt, DateTimeOffset now) =>
        lastActivityAt is { } at && now - at <= OnlineWindow;

    /// <param name="forResponsiblePerson">Q-9: the limit and online checks do not apply to the responsible person.</param>
    public static SkipReason? Check(AgentSnapshot agent, QueueSettings settings, DateTimeOffset now, bool forResponsiblePerson = false)
    {
        if (agent.IsDismissed)
        {
            return SkipReason.Dismissed;
        }

        if (agent.IsOnVacation)
        {
            return SkipReason.OnVacation;
        }

        if (agent.TracksWorkTime && agent.WorkDay is WorkDayState.NotStarted or WorkDayState.Ended)
        {
            return SkipReason.WorkDayNotStarted;
        }

        if (agent.TracksWorkTime && agent.WorkDay == WorkDayState.OnBreak)
        {
            return SkipReason.OnBreak;
        }

        if (forResponsiblePerson)
        {
            return null;
        }

        if (settings.CheckAvailability && !IsOnline(agent.LastActivityAt, now))
        {
            return SkipReason.Offline;
        }

        return settings.SimultaneousLimit is { } limit && agent.Load >= limit ? SkipReason.AtLimit : null;
    }
}
