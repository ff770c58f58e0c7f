using OpenChannels.Domain.Access;

namespace OpenChannels.Web.Features.Access;

/// <summary>An employee, a department or a group, by name: someone a role is given to, or can be.</summary>
public sealed record RoleHolderRow(HolderKind Kind, int Id, string Name);
