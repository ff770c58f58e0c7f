using OpenChannels.Domain.Access;
using OpenChannels.Domain.Departments;

namespace OpenChannels.Tests.Domain.Access;

/// <summary>The definitions of "own", "department" and "personal" (docs/decisions/0013).</summary>
public sealed class RelationsTests
{
    // Sales (1) has Export (2) under it, which has Asia (3); Support (4) stands apart.
    private static readonly DepartmentTree Tree = new([(1, null), (2, 1), (3, 2), (4, null)]);

    [Fact]
    public void ADepartment_ReachesItsSubDepartments_AtEveryDepth_NotItsParentsOrSiblings()
    {
        Relations.DepartmentsOf([2], Tree).ShouldBe([2, 3], ignoreOrder: true);
        Relations.DepartmentsOf([1, 4], Tree).ShouldBe([1, 2, 3, 4], ignoreOrder: true);
        Relations.DepartmentsOf([], Tree).ShouldBeEmpty();
    }

    [Fact]
    public void AConversation_IsPersonal_ForItsHolder_AndForWhoeverTookPart()
    {
        var colleagues = new HashSet<int> { 7, 8 };

        Relations.ToConversation(7, colleagues, holderId: 7, participantIds: []).ShouldBe(Relation.Own);
        Relations.ToConversation(7, colleagues, holderId: 9, participantIds: [7]).ShouldBe(Relation.Own, "answered or invited");
        Relations.ToConversation(7, colleagues, holderId: 8, participantIds: []).ShouldBe(Relation.Department);
        Relations.ToConversation(7, colleagues, holderId: null, participantIds: [8]).ShouldBe(Relation.Department);
        Relations.ToConversation(7, colleagues, holderId: 9, participantIds: [10]).ShouldBe(Relation.Other);
        Relations.ToConversation(7, colleagues, holderId: null, participantIds: []).ShouldBe(Relation.Other, "waiting in the queue, nobody's yet");
    }

    [Fact]
    public void AnOpenChannel_IsOwn_ForItsQueue_AndTheDepartments_ForTheirColleagues()
    {
        var colleagues = new HashSet<int> { 7, 8 };

        Relations.ToChannel(7, colleagues, [7, 9]).ShouldBe(Relation.Own);
        Relations.ToChannel(7, colleagues, [8]).ShouldBe(Relation.Department);
        Relations.ToChannel(7, colleagues, [9]).ShouldBe(Relation.Other);
        Relations.ToChannel(7, colleagues, []).ShouldBe(Relation.Other);
    }
}
