using OpenChannels.Domain.Departments;

namespace OpenChannels.Domain.Access;

/// <summary>
/// The definitions of docs/decisions/0013, as functions of the facts: how a viewer stands to a conversation or an open
/// channel. The app builds the same sets in SQL for lists; these are the rule both must agree with.
/// </summary>
public static class Relations
{
    /// <summary>
    /// The viewer's departments reach: every department they belong to, with all of its sub-departments.
    /// </summary>
    public static IReadOnlySet<int> DepartmentsOf(IEnumerable<int> memberOf, DepartmentTree tree) =>
        memberOf.SelectMany(tree.SelfAndDescendants).ToHashSet();

    /// <summary>
    /// A conversation is the viewer's own when they hold it or took part in it (answered, or were invited); their
    /// department's when a colleague of their departments holds it or took part in it.
    /// </summary>
    /// <param name="colleagues">Employees of the viewer's departments (sub-departments included), the viewer too.</param>
    public static Relation ToConversation(int viewerId, IReadOnlySet<int> colleagues, int? holderId, IEnumerable<int> participantIds)
    {
        var people = participantIds.Append(holderId ?? 0).Where(id => id != 0).ToList();
        return people.Contains(viewerId) ? Relation.Own
            : people.Any(colleagues.Contains) ? Relation.Department
            : Relation.Other;
    }

    /// <summary>
    /// An open channel is the viewer's own when they are in its queue (by name or through a department of the queue);
    /// their department's when a colleague of their departments is.
    /// </summary>
    /// <param name="queueEmployeeIds">Everyone the queue reaches, departments of the queue expanded to their members.</param>
    public static Relation ToChannel(int viewerId, IReadOnlySet<int> colleagues, IEnumerable<int> queueEmployeeIds)
    {
        var queue = queueEmployeeIds.ToList();
        return queue.Contains(viewerId) ? Relation.Own
            : queue.Any(colleagues.Contains) ? Relation.Department
            : Relation.Other;
    }
}
