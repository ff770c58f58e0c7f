using OpenChannels.Domain.Access;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Tests.Domain.Access;

/// <summary>CRM rights (CRM-1, P-4): own, department and all, measured against the item's responsible.</summary>
public sealed class CrmAccessTests
{
    private static readonly HashSet<int> Colleagues = [1, 2];

    [Theory]
    [InlineData(1, Relation.Own)]
    [InlineData(2, Relation.Department)]
    [InlineData(3, Relation.Other)]
    [InlineData(null, Relation.Other)]
    public void AnItem_StandsToTheViewer_ByItsResponsible(int? responsible, Relation relation) =>
        CrmAccess.ToItem(1, Colleagues, responsible).ShouldBe(relation);

    [Fact]
    public void TheManager_SeesAndChangesTheirOwnItems_Only()
    {
        var rights = EffectiveRights.Of([new GrantedRole(Role.Predefined(RoleKind.Manager), HolderKind.Employee, "Bea")]);

        CrmAccess.MayView(rights, Relation.Own).ShouldBeTrue();
        CrmAccess.MayEdit(rights, Relation.Own).ShouldBeTrue();
        CrmAccess.MayView(rights, Relation.Department).ShouldBeFalse();
        CrmAccess.MayCreate(rights).ShouldBeTrue();
    }

    [Fact]
    public void ChangingAnItem_AlsoNeedsSeeingIt()
    {
        var role = Role.Custom("Data entry");
        role.SetLevel(Permission.EditCrm, AccessLevel.All);
        var rights = EffectiveRights.Of([new GrantedRole(role, HolderKind.Employee, "Bea")]);

        CrmAccess.MayEdit(rights, Relation.Own).ShouldBeFalse();
        CrmAccess.MayUse(rights).ShouldBeFalse();
    }

    [Fact]
    public void P4_SeeingALead_OpensAndJoinsItsConversation_WithoutOpenChannelRights()
    {
        var role = Role.Custom("Sales");
        role.SetLevel(Permission.ViewCrm, AccessLevel.Department);
        var rights = EffectiveRights.Of([new GrantedRole(role, HolderKind.Employee, "Bea")]);
        var standing = new ConversationStanding(Relation.Other, Relation.Other, WaitingInTheirQueue: false, ThroughCrm: CrmAccess.MayView(rights, CrmAccess.ToItem(1, Colleagues, 2)));

        ConversationAccess.MaySee(rights, standing).ShouldBeTrue();
        ConversationAccess.MayJoin(rights, standing).ShouldBeTrue();
    }
}
