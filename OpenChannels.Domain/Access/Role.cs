using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Access;

/// <summary>
/// A named set of access levels, one per entity (P-1, P-2). Three roles come with every installation; custom roles are
/// created, renamed, copied and deleted by whoever may change access rights. A new custom role starts with the least
/// of every entity, so nothing is given by accident.
/// </summary>
public sealed class Role : AggregateRoot
{
    public const int NameMaxLength = 100;

    private Dictionary<Permission, AccessLevel> _levels = [];

    private Role()
    {
        Name = string.Empty;
    }

    private Role(RoleKind kind, string name, IReadOnlyDictionary<Permission, AccessLevel> levels)
    {
        Kind = kind;
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        _levels = Permissions.All.ToDictionary(p => p, p => Permissions.Check(p, levels.GetValueOrDefault(p, Permissions.Lowest(p))));
    }

    public int Id { get; private set; }

    public RoleKind Kind { get; private set; }

    public string Name { get; private set; }

    public bool IsPredefined => Kind != RoleKind.Custom;

    /// <summary>Every entity with its level; an entity added after the role was saved has its lowest level.</summary>
    public IReadOnlyDictionary<Permission, AccessLevel> Levels =>
        Permissions.All.ToDictionary(p => p, p => _levels.GetValueOrDefault(p, Permissions.Lowest(p)));

    public AccessLevel LevelOf(Permission permission) => _levels.GetValueOrDefault(permission, Permissions.Lowest(permission));

    /// <summary>A predefined role with the levels seed 004 describes; its name is the English one (screens translate it).</summary>
    public static Role Predefined(RoleKind kind) => kind switch
    {
        RoleKind.Administrator => new Role(kind, "Administrator", Permissions.All.ToDictionary(p => p, _ => AccessLevel.All)),
        RoleKind.Director => new Role(kind, "Director", new Dictionary<Permission, AccessLevel>
        {
            [Permission.ViewOpenChannels] = AccessLevel.All,
            [Permission.ModifyOpenChannels] = AccessLevel.None,
            [Permission.ConnectChannels] = AccessLevel.None,
            [Permission.ConversationList] = AccessLevel.All,
            [Permission.ConversationHistory] = AccessLevel.All,
            [Permission.JoinConversation] = AccessLevel.All,
            [Permission.RateConversations] = AccessLevel.All,
            [Permission.ChangeAccessRights] = AccessLevel.None,
            [Permission.QuickReplies] = AccessLevel.All,
            [Permission.ViewCrm] = AccessLevel.All,
            [Permission.EditCrm] = AccessLevel.All,
        }),
        RoleKind.Manager => new Role(kind, "Manager", new Dictionary<Permission, AccessLevel>
        {
            [Permission.ViewOpenChannels] = AccessLevel.Own,
            [Permission.ModifyOpenChannels] = AccessLevel.None,
            [Permission.ConnectChannels] = AccessLevel.None,
            [Permission.ConversationList] = AccessLevel.Own,
            [Permission.ConversationHistory] = AccessLevel.Own,
            [Permission.JoinConversation] = AccessLevel.Own,
            [Permission.RateConversations] = AccessLevel.None,
            [Permission.ChangeAccessRights] = AccessLevel.None,
            [Permission.QuickReplies] = AccessLevel.Own,
            [Permission.ViewCrm] = AccessLevel.Own,
            [Permission.EditCrm] = AccessLevel.Own,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only the three predefined roles have predefined levels."),
    };

    /// <summary>A role of one's own, with the least of every entity.</summary>
    public static Role Custom(string name) => new(RoleKind.Custom, name, new Dictionary<Permission, AccessLevel>());

    /// <summary>A custom role with this role's levels, under another name.</summary>
    public Role CopyAs(string name) => new(RoleKind.Custom, name, Levels);

    public void Rename(string name)
    {
        if (IsPredefined)
        {
            throw new DomainRuleViolated(new PredefinedRoleLocked());
        }

        Name = Guard.RequiredText(name, "Name", NameMaxLength);
    }

    public void SetLevel(Permission permission, AccessLevel level)
    {
        if (Kind == RoleKind.Administrator && level != AccessLevel.All)
        {
            throw new DomainRuleViolated(new PredefinedRoleLocked());
        }

        _levels[permission] = Permissions.Check(permission, level);
    }

    /// <summary>Only a custom role may be deleted; the caller also checks that someone keeps "change access rights".</summary>
    public void EnsureDeletable()
    {
        if (IsPredefined)
        {
            throw new DomainRuleViolated(new PredefinedRoleLocked());
        }
    }
}
