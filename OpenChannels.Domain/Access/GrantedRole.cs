namespace OpenChannels.Domain.Access;

/// <summary>A role someone holds, and how: given to them, to one of their departments, or to one of their groups.</summary>
public sealed record GrantedRole(Role Role, HolderKind Via, string ViaName);
