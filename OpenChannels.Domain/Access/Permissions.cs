using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Access;

/// <summary>Which levels each entity offers (P-2, as seed 004 lists them), and the lowest it offers.</summary>
public static class Permissions
{
    private static readonly AccessLevel[] Scoped = [AccessLevel.Own, AccessLevel.Department, AccessLevel.All, AccessLevel.None];

    public static IReadOnlyList<Permission> All { get; } = Enum.GetValues<Permission>();

    /// <summary>The levels the editor offers for <paramref name="permission"/>, in the seed's order.</summary>
    public static IReadOnlyList<AccessLevel> LevelsOf(Permission permission) => permission switch
    {
        Permission.ConnectChannels => [AccessLevel.All, AccessLevel.Own, AccessLevel.Department, AccessLevel.None],

        // Joining has no "refused": everyone who works in open channels may at least join their own conversations.
        Permission.JoinConversation => [AccessLevel.Own, AccessLevel.Department, AccessLevel.All],

        // Rating one's own conversations alone is not a level: "personal and department" is the narrowest.
        Permission.RateConversations => [AccessLevel.Department, AccessLevel.All, AccessLevel.None],
        Permission.ChangeAccessRights => [AccessLevel.All, AccessLevel.None],
        _ => Scoped,
    };

    /// <summary>The least a role can give: what a holder of no role at all gets.</summary>
    public static AccessLevel Lowest(Permission permission) => LevelsOf(permission).Min();

    public static AccessLevel Check(Permission permission, AccessLevel level) =>
        LevelsOf(permission).Contains(level)
            ? level
            : throw new DomainRuleViolated(new InvalidInput(permission.ToString(), "This level cannot be chosen for {0}.", permission.ToString()));
}
