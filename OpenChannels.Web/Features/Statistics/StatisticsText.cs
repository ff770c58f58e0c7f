namespace OpenChannels.Web.Features.Statistics;

/// <summary>The texts of the conversation list and its export, in every language (resources beside this class).</summary>
public sealed class StatisticsText;
