using OpenChannels.Domain.Access;
using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Features.Access;

/// <summary>
/// One employee's rights and the facts the definitions of docs/decisions/0013 need about them: who their colleagues
/// are (everyone of their department and its sub-departments, themselves included) and which departments' queue
/// entries reach them or a colleague. Read by <see cref="AccessScopes"/>.
/// </summary>
public sealed record AccessScope(
    int EmployeeId,
    EffectiveRights Rights,
    IReadOnlySet<int> Colleagues,
    IReadOnlyCollection<int> DepartmentChain,
    IReadOnlySet<int> ColleagueDepartmentChains)
{
    /// <summary>Whether the employee is in the channel's queue, by name or through their department or one above it.</summary>
    public bool InQueue(OpenChannel channel) => channel.QueueReaches(EmployeeId, DepartmentChain);

    /// <summary>Own when they are in its queue; their department's when a colleague is.</summary>
    public Relation ToChannel(OpenChannel channel) =>
        InQueue(channel) ? Relation.Own
        : channel.Queue.Any(m => (m.EmployeeId is { } e && Colleagues.Contains(e)) || (m.DepartmentId is { } d && ColleagueDepartmentChains.Contains(d)))
            ? Relation.Department
            : Relation.Other;

    public bool Covers(Permission permission, OpenChannel channel) => Rights.Covers(permission, ToChannel(channel));

    /// <summary>How they stand to a conversation: <paramref name="people"/> are those who took part (invited or wrote in it).</summary>
    public ConversationStanding StandingTo(int? holderId, IEnumerable<int> people, OpenChannel channel) => new(
        Relations.ToConversation(EmployeeId, Colleagues, holderId, people),
        holderId is not { } holder ? null : holder == EmployeeId ? Relation.Own : Colleagues.Contains(holder) ? Relation.Department : Relation.Other,
        holderId is null && InQueue(channel));

    /// <summary>
    /// Quick replies (P-2): a channel's agents use its lists; anyone else as far as their quick-replies level reaches the
    /// channel.
    /// </summary>
    public bool MayUseQuickRepliesOf(OpenChannel channel) => InQueue(channel) || Covers(Permission.QuickReplies, channel);
}
