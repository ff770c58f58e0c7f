namespace OpenChannels.Domain.Crm;

/// <summary>What reaching a pipeline stage means for a deal.</summary>
public enum StageOutcome
{
    /// <summary>Still being worked on.</summary>
    Open = 0,
    Won = 1,
    Lost = 2,
}
