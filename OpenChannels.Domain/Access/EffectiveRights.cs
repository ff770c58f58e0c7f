namespace OpenChannels.Domain.Access;

/// <summary>
/// What one employee may do, from every role they hold (P-3): for each entity the most permissive level among their
/// roles, and which roles gave it (for the "effective rights" view). Holding no role gives each entity's least.
/// </summary>
public sealed class EffectiveRights
{
    private readonly Dictionary<Permission, (AccessLevel Level, IReadOnlyList<GrantedRole> From)> _rights;

    private EffectiveRights(Dictionary<Permission, (AccessLevel, IReadOnlyList<GrantedRole>)> rights) => _rights = rights;

    public static EffectiveRights Of(IEnumerable<GrantedRole> roles)
    {
        var held = roles.ToList();
        return new EffectiveRights(Permissions.All.ToDictionary(p => p, p =>
        {
            var level = held.Select(r => r.Role.LevelOf(p)).Append(Permissions.Lowest(p)).Max();
            IReadOnlyList<GrantedRole> from = [.. held.Where(r => r.Role.LevelOf(p) == level && level > Permissions.Lowest(p))];
            return (level, from);
        }));
    }

    public AccessLevel this[Permission permission] => _rights[permission].Level;

    /// <summary>The roles that give <paramref name="permission"/> its level; empty when it is the entity's least.</summary>
    public IReadOnlyList<GrantedRole> SourcesOf(Permission permission) => _rights[permission].From;

    /// <summary>Whether the level of <paramref name="permission"/> reaches something that stands to the viewer as <paramref name="relation"/>.</summary>
    public bool Covers(Permission permission, Relation relation) => Reaches(this[permission], relation);

    /// <summary>P-5: rating a conversation needs the right to rate it and the right to read its history.</summary>
    public bool MayRate(Relation relation) =>
        Covers(Permission.RateConversations, relation) && Covers(Permission.ConversationHistory, relation);

    public bool MayChangeAccessRights => this[Permission.ChangeAccessRights] == AccessLevel.All;

    public static bool Reaches(AccessLevel level, Relation relation) => level switch
    {
        AccessLevel.All => true,
        AccessLevel.Department => relation is Relation.Own or Relation.Department,
        AccessLevel.Own => relation == Relation.Own,
        _ => false,
    };
}
