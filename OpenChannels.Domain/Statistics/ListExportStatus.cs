namespace OpenChannels.Domain.Statistics;

/// <summary>Where a background export of the conversation list is.</summary>
public enum ListExportStatus
{
    Queued = 1,
    Running = 2,
    Ready = 3,
    Failed = 4,
}
