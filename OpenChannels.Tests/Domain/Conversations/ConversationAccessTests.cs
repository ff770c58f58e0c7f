using OpenChannels.Domain.Access;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Tests.Domain.Conversations;

/// <summary>What a viewer may do to a conversation, from their rights and how they stand to it (decision 0013).</summary>
public sealed class ConversationAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly ConversationStanding Waiting = new(Relation.Other, null, WaitingInTheirQueue: true);
    private static readonly ConversationStanding Mine = new(Relation.Own, Relation.Own, false);
    private static readonly ConversationStanding InvitedInto = new(Relation.Own, Relation.Other, false);
    private static readonly ConversationStanding Colleagues = new(Relation.Department, Relation.Department, false);
    private static readonly ConversationStanding Strangers = new(Relation.Other, Relation.Other, false);

    private static EffectiveRights NoRole => EffectiveRights.Of([]);

    private static EffectiveRights Holding(RoleKind kind) => EffectiveRights.Of([new GrantedRole(Role.Predefined(kind), HolderKind.Employee, "Ada")]);

    private static EffectiveRights With(Permission permission, AccessLevel level)
    {
        var role = Role.Custom("Custom");
        role.SetLevel(permission, level);
        return EffectiveRights.Of([new GrantedRole(role, HolderKind.Employee, "Ada")]);
    }

    [Fact]
    public void WithoutAnyRole_AnAgentSeesAndJoinsTheirOwn_AndTheWaitingOnesOfTheirQueue_NothingElse()
    {
        ConversationAccess.MaySee(NoRole, Mine).ShouldBeTrue();
        ConversationAccess.MayJoin(NoRole, Waiting).ShouldBeTrue();
        ConversationAccess.MayManage(NoRole, Waiting).ShouldBeTrue("nobody holds it: accept and close");
        ConversationAccess.MaySee(NoRole, Colleagues).ShouldBeFalse();
        ConversationAccess.MaySee(NoRole, Strangers).ShouldBeFalse();
    }

    [Fact]
    public void AWaitingConversationOutsideTheirQueues_IsNotTheirs()
    {
        ConversationAccess.MaySee(NoRole, Waiting with { WaitingInTheirQueue = false }).ShouldBeFalse();
        ConversationAccess.MaySee(Holding(RoleKind.Director), Waiting with { WaitingInTheirQueue = false }).ShouldBeTrue();
    }

    [Fact]
    public void AnInvitedColleague_JoinsIt_ButManagesItOnlyAfterTakingItOver()
    {
        ConversationAccess.MayJoin(NoRole, InvitedInto).ShouldBeTrue();
        ConversationAccess.MayManage(NoRole, InvitedInto).ShouldBeFalse();
    }

    [Fact]
    public void HistoryAlone_ShowsItWithoutJoining()
    {
        var reader = With(Permission.ConversationHistory, AccessLevel.Department);

        ConversationAccess.MaySee(reader, Colleagues).ShouldBeTrue();
        ConversationAccess.MayJoin(reader, Colleagues).ShouldBeFalse();
        ConversationAccess.MaySee(reader, Strangers).ShouldBeFalse();
    }

    [Fact]
    public void JoiningTheDepartment_SupervisesColleagues_ButNotOthers()
    {
        var supervisor = With(Permission.JoinConversation, AccessLevel.Department);

        ConversationAccess.MayManage(supervisor, Colleagues).ShouldBeTrue();
        ConversationAccess.MayJoin(supervisor, Strangers).ShouldBeFalse();
        ConversationAccess.MayManage(supervisor, Strangers).ShouldBeFalse();
    }

    [Theory]
    [InlineData(RoleKind.Administrator, true)]
    [InlineData(RoleKind.Director, true)]
    [InlineData(RoleKind.Manager, false)]
    public void PredefinedRoles_ReachEveryConversation_OrOnlyTheirOwn(RoleKind kind, bool everyone)
    {
        ConversationAccess.MaySee(Holding(kind), Strangers).ShouldBe(everyone);
        ConversationAccess.MayManage(Holding(kind), Strangers).ShouldBe(everyone);
        ConversationAccess.MaySee(Holding(kind), Mine).ShouldBeTrue();
        ConversationAccess.SeeingReach(Holding(kind)).ShouldBe(everyone ? AccessLevel.All : AccessLevel.Own);
    }

    [Fact]
    public void AccessToItsCrmItem_OpensAndJoinsIt_WhateverTheLevels()
    {
        var throughCrm = Strangers with { ThroughCrm = true };

        ConversationAccess.MaySee(NoRole, throughCrm).ShouldBeTrue();
        ConversationAccess.MayJoin(NoRole, throughCrm).ShouldBeTrue();
        ConversationAccess.MayManage(NoRole, throughCrm).ShouldBeFalse("joining is not finishing someone else's");
    }

    [Fact]
    public void SeeingReach_IsTheWiderOfHistoryAndJoining()
    {
        ConversationAccess.SeeingReach(NoRole).ShouldBe(AccessLevel.Own);
        ConversationAccess.SeeingReach(With(Permission.ConversationHistory, AccessLevel.Department)).ShouldBe(AccessLevel.Department);
        ConversationAccess.SeeingReach(With(Permission.JoinConversation, AccessLevel.All)).ShouldBe(AccessLevel.All);
    }

    [Fact]
    public void ReplaceQueue_KeepsOrderAndDropsRepeats()
    {
        var channel = new OpenChannel("Website", Now);

        channel.ReplaceQueue([3, 1, 3, 2]);

        channel.Queue.Select(m => (m.EmployeeId, m.Position)).ShouldBe([((int?)3, 0), (1, 1), (2, 2)]);
    }
}
