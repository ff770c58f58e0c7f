namespace OpenChannels.Domain.Access;

/// <summary>
/// CRM rights (CRM-1, P-4): an item is the viewer's own when they are responsible for it, their department's when a
/// colleague of their departments is; an item nobody answers for is reached only by "all".
/// </summary>
public static class CrmAccess
{
    /// <param name="colleagues">Employees of the viewer's departments (sub-departments included), the viewer too.</param>
    public static Relation ToItem(int viewerId, IReadOnlySet<int> colleagues, int? responsibleId) =>
        responsibleId is not { } responsible ? Relation.Other
        : responsible == viewerId ? Relation.Own
        : colleagues.Contains(responsible) ? Relation.Department
        : Relation.Other;

    public static bool MayView(EffectiveRights rights, Relation relation) => rights.Covers(Permission.ViewCrm, relation);

    public static bool MayEdit(EffectiveRights rights, Relation relation) =>
        rights.Covers(Permission.EditCrm, relation) && rights.Covers(Permission.ViewCrm, relation);

    /// <summary>Whether the viewer may use the CRM at all: see some item.</summary>
    public static bool MayUse(EffectiveRights rights) => rights[Permission.ViewCrm] != AccessLevel.None;

    /// <summary>Whether the viewer may create items (they become responsible for them, so "own" is enough).</summary>
    public static bool MayCreate(EffectiveRights rights) => MayEdit(rights, Relation.Own);
}
