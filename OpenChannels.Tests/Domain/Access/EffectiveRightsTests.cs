using OpenChannels.Domain.Access;

namespace OpenChannels.Tests.Domain.Access;

/// <summary>P-3: several roles give, for each entity, the most permissive level; P-5: rating needs the history too.</summary>
public sealed class EffectiveRightsTests
{
    [Fact]
    public void SeveralRoles_GiveTheMostPermissiveLevelOfEach_AndSayWhichRoleGaveIt()
    {
        var reader = Role.Custom("Reader");
        reader.SetLevel(Permission.ConversationHistory, AccessLevel.All);
        var manager = Role.Predefined(RoleKind.Manager);
        var viaDepartment = new GrantedRole(reader, HolderKind.Department, "Sales");
        var direct = new GrantedRole(manager, HolderKind.Employee, "Bea");

        var rights = EffectiveRights.Of([direct, viaDepartment]);

        rights[Permission.ConversationHistory].ShouldBe(AccessLevel.All);
        rights.SourcesOf(Permission.ConversationHistory).ShouldBe([viaDepartment]);
        rights[Permission.ConversationList].ShouldBe(AccessLevel.Own);
        rights.SourcesOf(Permission.ConversationList).ShouldBe([direct]);
        rights[Permission.JoinConversation].ShouldBe(AccessLevel.Own);
        rights.SourcesOf(Permission.JoinConversation).ShouldBeEmpty("both give only the least, which needs no role");
    }

    [Fact]
    public void RolesThatAgree_AreAllNamedAsTheSource()
    {
        var first = new GrantedRole(Role.Predefined(RoleKind.Director), HolderKind.Group, "Supervisors");
        var second = new GrantedRole(Role.Predefined(RoleKind.Administrator), HolderKind.Employee, "Ada");

        EffectiveRights.Of([first, second]).SourcesOf(Permission.ConversationHistory).ShouldBe([first, second]);
    }

    [Fact]
    public void NoRole_GivesTheLeastOfEveryEntity_FromNobody()
    {
        var rights = EffectiveRights.Of([]);

        foreach (var permission in Permissions.All)
        {
            rights[permission].ShouldBe(Permissions.Lowest(permission));
            rights.SourcesOf(permission).ShouldBeEmpty();
        }

        rights.MayChangeAccessRights.ShouldBeFalse();
        rights.Covers(Permission.JoinConversation, Relation.Own).ShouldBeTrue();
        rights.Covers(Permission.ConversationHistory, Relation.Own).ShouldBeFalse();
    }

    [Theory]
    [InlineData(AccessLevel.None, Relation.Own, false)]
    [InlineData(AccessLevel.Own, Relation.Own, true)]
    [InlineData(AccessLevel.Own, Relation.Department, false)]
    [InlineData(AccessLevel.Department, Relation.Own, true)]
    [InlineData(AccessLevel.Department, Relation.Department, true)]
    [InlineData(AccessLevel.Department, Relation.Other, false)]
    [InlineData(AccessLevel.All, Relation.Other, true)]
    public void ALevel_ReachesWhatItNames_AndLess(AccessLevel level, Relation relation, bool reached) =>
        EffectiveRights.Reaches(level, relation).ShouldBe(reached);

    [Fact]
    public void Rating_NeedsTheHistoryToo()
    {
        var rater = Role.Custom("Rater");
        rater.SetLevel(Permission.RateConversations, AccessLevel.All);
        rater.SetLevel(Permission.ConversationHistory, AccessLevel.Department);

        var rights = EffectiveRights.Of([new GrantedRole(rater, HolderKind.Employee, "Bea")]);

        rights.MayRate(Relation.Department).ShouldBeTrue();
        rights.MayRate(Relation.Other).ShouldBeFalse("rating someone else's conversation needs its history, which this role does not give");
    }

    [Fact]
    public void TheAdministratorRole_MayChangeAccessRights_TheDirectorMayNot()
    {
        EffectiveRights.Of([new GrantedRole(Role.Predefined(RoleKind.Administrator), HolderKind.Employee, "Ada")]).MayChangeAccessRights.ShouldBeTrue();
        EffectiveRights.Of([new GrantedRole(Role.Predefined(RoleKind.Director), HolderKind.Employee, "Dan")]).MayChangeAccessRights.ShouldBeFalse();
    }
}
