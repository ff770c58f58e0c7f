namespace OpenChannels.Web.Features.Statistics;

/// <summary>One thing to filter by: its id and its name.</summary>
public sealed record ListChoice(int Id, string Name);
