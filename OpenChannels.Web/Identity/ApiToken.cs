namespace OpenChannels.Web.Identity;

/// <summary>A personal access token for the agent REST API. Only the SHA-256 of the secret is stored.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; init; }

    public required string Name { get; init; }

    public required string TokenHash { get; init; }

    /// <summary>The first characters, shown in the list so a person can tell tokens apart.</summary>
    public required string Prefix { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>When the token stops working (L3); null only when its owner chose "never" explicitly.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public bool IsExpired(DateTimeOffset now) => ExpiresAt <= now;
}
