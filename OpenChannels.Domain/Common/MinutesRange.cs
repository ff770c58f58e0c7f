namespace OpenChannels.Domain.Common;

/// <summary>
/// A duration a setting may take, in whole minutes, with the words that describe it. Defined once beside the rule that
/// uses it, and read by the entity, the form and its helper text alike, so that they cannot disagree.
/// </summary>
public sealed record MinutesRange(int MinMinutes, int MaxMinutes, string Described)
{
    public TimeSpan Min => TimeSpan.FromMinutes(MinMinutes);

    public TimeSpan Max => TimeSpan.FromMinutes(MaxMinutes);

    public bool Contains(TimeSpan duration) => duration >= Min && duration <= Max;

    public bool Contains(int minutes) => minutes >= MinMinutes && minutes <= MaxMinutes;

    /// <summary>"Enter between 1 minute and 12 hours (720 minutes)."</summary>
    public string FormMessage => $"Enter between {Described} ({MaxMinutes} minutes).";
}
