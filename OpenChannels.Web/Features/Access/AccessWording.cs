using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Access;

namespace OpenChannels.Web.Features.Access;

/// <summary>
/// How the access-rights screens name roles, entities, levels and holders in the reader's language, with seed 004's
/// words: open channels are "own", "department" or "all"; conversations "personal", "personal and department" or "any".
/// </summary>
public static class AccessWording
{
    private static readonly Permission[] ChannelEntities = [Permission.ViewOpenChannels, Permission.ModifyOpenChannels, Permission.ConnectChannels];

    private static readonly Permission[] ConversationEntities =
        [Permission.ConversationList, Permission.ConversationHistory, Permission.JoinConversation, Permission.RateConversations];

    private static readonly Permission[] CrmEntities = [Permission.ViewCrm, Permission.EditCrm];

    /// <summary>A predefined role in the reader's language; a custom role as its maker named it.</summary>
    public static string RoleName(this IStringLocalizer<AccessText> text, RoleKind kind, string name) =>
        kind == RoleKind.Custom ? name : text[name];

    public static string RoleName(this IStringLocalizer<AccessText> text, AccessRoleRow role) => text.RoleName(role.Kind, role.Name);

    /// <summary>
    /// The editor's sections in the seed's order, each with the definitions its levels use (decision 0013). Whatever
    /// entity is not about open channels or conversations goes to the common settings, so a new one is never left out.
    /// </summary>
    public static IReadOnlyList<AccessSection> Sections(this IStringLocalizer<AccessText> text) =>
    [
        new(
            text["Open channels"],
            text["Own: the open channels whose queue they are in, by name or through a department. Department: also those whose queue reaches anyone in their department, sub-departments included."],
            ChannelEntities),
        new(
            text["Conversations"],
            text["Personal: the conversations they hold or took part in (answered, or were invited into); a conversation waiting in the queue is nobody's. Personal and department: also the personal conversations of anyone in their department, sub-departments included."],
            ConversationEntities),
        new(
            text["CRM"],
            text["Own: the contacts, companies, leads and deals they are responsible for. Department: also those anyone in their department is responsible for, sub-departments included. Whoever sees a lead or a deal may open and join its conversations."],
            CrmEntities),
        new(text["Common settings"], null, [.. Permissions.All.Except(ChannelEntities).Except(ConversationEntities).Except(CrmEntities)]),
    ];

    public static string PermissionName(this IStringLocalizer<AccessText> text, Permission permission) => permission switch
    {
        Permission.ViewOpenChannels => text["See open channels"],
        Permission.ModifyOpenChannels => text["Change open channels' settings"],
        Permission.ConnectChannels => text["Connect communication channels"],
        Permission.ConversationList => text["Conversation list"],
        Permission.ConversationHistory => text["Conversation history"],
        Permission.JoinConversation => text["Join conversations"],
        Permission.RateConversations => text["Rate conversations"],
        Permission.ChangeAccessRights => text["Change access rights"],
        Permission.QuickReplies => text["Quick replies"],
        Permission.ViewCrm => text["See CRM items"],
        Permission.EditCrm => text["Change CRM items"],
        _ => permission.ToString(),
    };

    public static string PermissionHelp(this IStringLocalizer<AccessText> text, Permission permission) => permission switch
    {
        Permission.ViewOpenChannels => text["Which open channels they see, with their settings."],
        Permission.ModifyOpenChannels => text["Which open channels' settings they can change. Seeing them is set apart."],
        Permission.ConnectChannels => text["Which open channels they can connect communication channels to, such as a live chat."],
        Permission.ConversationList => text["Which conversations the conversation list and its statistics show them."],
        Permission.ConversationHistory => text["Which conversations they can open and read."],
        Permission.JoinConversation => text["Which conversations they can join and answer in. Everyone can join their personal ones."],
        Permission.RateConversations => text["Which conversations they can rate. Rating one also needs the right to read its history."],
        Permission.ChangeAccessRights => text["Whether they can change roles and who holds them, on this page. Someone always keeps this right."],
        Permission.QuickReplies => text["Which open channels' quick replies they can use, for instance in a conversation transferred to them from a queue they are not in."],
        Permission.ViewCrm => text["Which contacts, companies, leads and deals they can open, with the conversations of those leads and deals."],
        Permission.EditCrm => text["Which CRM items they can create, change, merge and delete. Changing one also needs the right to see it."],
        _ => string.Empty,
    };

    /// <summary>A level as the seed words it for that entity; "change access rights" is yes or no.</summary>
    public static string LevelName(this IStringLocalizer<AccessText> text, Permission permission, AccessLevel level) => (permission, level) switch
    {
        (Permission.ChangeAccessRights, AccessLevel.All) => text["Yes"],
        (Permission.ChangeAccessRights, _) => text["No"],
        (_, AccessLevel.None) => text["None"],
        _ when ConversationEntities.Contains(permission) => level switch
        {
            AccessLevel.Own => text["Personal"],
            AccessLevel.Department => text["Personal and department"],
            _ => text["Any"],
        },
        _ => level switch
        {
            AccessLevel.Own => text["Own"],
            AccessLevel.Department => text["Department"],
            _ => text["All"],
        },
    };

    public static string HolderKindName(this IStringLocalizer<AccessText> text, HolderKind kind) => kind switch
    {
        HolderKind.Department => text["Department"],
        HolderKind.Group => text["Group"],
        _ => text["Employee"],
    };

    /// <summary>Where a level comes from: the role, and how the employee holds it.</summary>
    public static string Source(this IStringLocalizer<AccessText> text, GrantedRole granted)
    {
        var role = text.RoleName(granted.Role.Kind, granted.Role.Name);
        return granted.Via switch
        {
            HolderKind.Department => text["{0} (through department {1})", role, granted.ViaName],
            HolderKind.Group => text["{0} (through group {1})", role, granted.ViaName],
            _ => text["{0} (directly)", role],
        };
    }
}
