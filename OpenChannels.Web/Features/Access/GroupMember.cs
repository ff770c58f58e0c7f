namespace OpenChannels.Web.Features.Access;

/// <summary>An employee who can be put in a group (not dismissed).</summary>
public sealed record GroupMember(int Id, string FullName);
