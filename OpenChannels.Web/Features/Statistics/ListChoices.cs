namespace OpenChannels.Web.Features.Statistics;

/// <summary>What the conversation list's filters offer: the active channels, the employees and the departments, by name.</summary>
public sealed record ListChoices(IReadOnlyList<ListChoice> Channels, IReadOnlyList<ListChoice> Employees, IReadOnlyList<ListChoice> Departments);
