namespace OpenChannels.Domain.Routing;

public enum WorkDayState
{
    NotStarted = 0,
    Working = 1,
    OnBreak = 2,
    Ended = 3,
}
