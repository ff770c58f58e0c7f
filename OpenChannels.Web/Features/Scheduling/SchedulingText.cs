namespace OpenChannels.Web.Features.Scheduling;

/// <summary>The texts of a channel's Working hours tab, in every language (resources beside this class).</summary>
public sealed class SchedulingText;
