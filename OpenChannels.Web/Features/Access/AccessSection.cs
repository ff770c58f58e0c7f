using OpenChannels.Domain.Access;

namespace OpenChannels.Web.Features.Access;

/// <summary>A part of the role editor: its title, what its levels mean (when they need saying), and its entities.</summary>
public sealed record AccessSection(string Title, string? Definitions, IReadOnlyList<Permission> Permissions);
