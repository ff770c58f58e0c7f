using OpenChannels.Domain.Common;
using OpenChannels.Domain.Departments;

namespace OpenChannels.Tests.Domain.Departments;

public sealed class DepartmentTreeTests
{
    // 1 Company ── 2 Sales ── 4 Sales EU
    //           └─ 3 Support
    // 5 Board
    private static readonly DepartmentTree Tree = new([(1, null), (2, 1), (3, 1), (4, 2), (5, null)]);

    private static readonly Dictionary<int, string> Names = new()
    {
        [1] = "Company",
        [2] = "Sales",
        [3] = "Support",
        [4] = "Sales EU",
        [5] = "Board",
    };

    [Theory]
    [InlineData(1, 4, true)]
    [InlineData(2, 4, true)]
    [InlineData(2, 2, true)]
    [InlineData(4, 3, false)]
    [InlineData(3, 2, false)]
    [InlineData(1, 5, false)]
    public void WouldCreateCycle_OnlyWhenTheNewParentIsTheNodeOrBelowIt(int id, int newParent, bool cycle)
    {
        Tree.WouldCreateCycle(id, newParent).ShouldBe(cycle);
    }

    [Fact]
    public void SelfAndDescendants_ContainsTheWholeSubtree()
    {
        Tree.SelfAndDescendants(1).ShouldBe([1, 2, 3, 4], ignoreOrder: true);
        Tree.SelfAndDescendants(3).ShouldBe([3]);
    }

    [Fact]
    public void SelfAndAncestors_RunsUpToTheTop_NearestFirst()
    {
        Tree.SelfAndAncestors(4).ShouldBe([4, 2, 1]);
        Tree.SelfAndAncestors(5).ShouldBe([5]);
    }

    [Fact]
    public void Flatten_IsDepthFirstWithSiblingsByName()
    {
        var flat = Tree.Flatten(id => Names[id]);

        flat.ShouldBe([(5, 0), (1, 0), (2, 1), (4, 2), (3, 1)]);
    }

    [Fact]
    public void MoveUnder_ItsOwnDescendant_IsRefusedAndNothingChanges()
    {
        var sales = new Department("Sales", parentId: 1);
        typeof(Department).GetProperty(nameof(Department.Id))!.SetValue(sales, 2);

        Should.Throw<DomainRuleViolated>(() => sales.MoveUnder(4, Tree))
            .Message.ShouldBe("A department cannot be placed under itself or one of its own sub-departments.");
        sales.ParentId.ShouldBe(1);
    }

    [Fact]
    public void MoveUnder_AnotherBranch_Moves()
    {
        var salesEu = new Department("Sales EU", parentId: 2);
        typeof(Department).GetProperty(nameof(Department.Id))!.SetValue(salesEu, 4);

        salesEu.MoveUnder(3, Tree);

        salesEu.ParentId.ShouldBe(3);
    }
}
