namespace OpenChannels.Web.Features.Access;

/// <summary>A group as its page lists it: its members by name, and the roles given to it.</summary>
public sealed record EmployeeGroupRow(int Id, string Name, IReadOnlyList<int> MemberIds, IReadOnlyList<string> MemberNames, IReadOnlyList<string> RoleNames);
