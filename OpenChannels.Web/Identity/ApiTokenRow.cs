namespace OpenChannels.Web.Identity;

/// <summary>A token as the administrators' list shows it: whose it is, never its secret (L3).</summary>
public sealed record ApiTokenRow(
    int Id,
    string UserId,
    string OwnerName,
    string OwnerEmail,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? ExpiresAt);
