using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;

namespace OpenChannels.Tests.Domain.Access;

/// <summary>P-1, P-2: the predefined roles have the seed's levels; each entity offers only the seed's levels.</summary>
public sealed class RoleTests
{
    [Fact]
    public void TheAdministrator_HasEveryRight_AtItsWidest()
    {
        var administrator = Role.Predefined(RoleKind.Administrator);

        administrator.Levels.Values.ShouldAllBe(level => level == AccessLevel.All);
        administrator.Levels.Keys.ShouldBe(Permissions.All, ignoreOrder: true);
    }

    [Fact]
    public void TheDirector_HasTheSame_WithoutTheSettings()
    {
        var director = Role.Predefined(RoleKind.Director);

        director.LevelOf(Permission.ConversationList).ShouldBe(AccessLevel.All);
        director.LevelOf(Permission.ConversationHistory).ShouldBe(AccessLevel.All);
        director.LevelOf(Permission.JoinConversation).ShouldBe(AccessLevel.All);
        director.LevelOf(Permission.RateConversations).ShouldBe(AccessLevel.All);
        director.LevelOf(Permission.ViewOpenChannels).ShouldBe(AccessLevel.All);
        director.LevelOf(Permission.ModifyOpenChannels).ShouldBe(AccessLevel.None);
        director.LevelOf(Permission.ConnectChannels).ShouldBe(AccessLevel.None);
        director.LevelOf(Permission.ChangeAccessRights).ShouldBe(AccessLevel.None);
    }

    [Fact]
    public void TheManager_HasOnlyTheirOwnConversations_AndNoSettings()
    {
        var manager = Role.Predefined(RoleKind.Manager);

        manager.LevelOf(Permission.ConversationList).ShouldBe(AccessLevel.Own);
        manager.LevelOf(Permission.ConversationHistory).ShouldBe(AccessLevel.Own);
        manager.LevelOf(Permission.JoinConversation).ShouldBe(AccessLevel.Own);
        manager.LevelOf(Permission.RateConversations).ShouldBe(AccessLevel.None);
        manager.LevelOf(Permission.ModifyOpenChannels).ShouldBe(AccessLevel.None);
        manager.LevelOf(Permission.ConnectChannels).ShouldBe(AccessLevel.None);
        manager.LevelOf(Permission.ChangeAccessRights).ShouldBe(AccessLevel.None);
    }

    [Fact]
    public void ANewCustomRole_StartsWithTheLeastOfEveryEntity()
    {
        var role = Role.Custom("Night shift");

        role.Kind.ShouldBe(RoleKind.Custom);
        role.Levels.ShouldAllBe(l => l.Value == Permissions.Lowest(l.Key));
        role.LevelOf(Permission.ConversationHistory).ShouldBe(AccessLevel.None);
        role.LevelOf(Permission.JoinConversation).ShouldBe(AccessLevel.Own, "joining offers no refusal");
        role.LevelOf(Permission.RateConversations).ShouldBe(AccessLevel.None);
    }

    [Theory]
    [InlineData(Permission.JoinConversation, AccessLevel.None)]
    [InlineData(Permission.RateConversations, AccessLevel.Own)]
    [InlineData(Permission.ChangeAccessRights, AccessLevel.Own)]
    [InlineData(Permission.ChangeAccessRights, AccessLevel.Department)]
    public void ALevelTheEntityDoesNotOffer_IsRefused(Permission permission, AccessLevel level)
    {
        var role = Role.Custom("Night shift");

        var refused = Should.Throw<DomainRuleViolated>(() => role.SetLevel(permission, level));

        refused.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe(permission.ToString());
        role.LevelOf(permission).ShouldBe(Permissions.Lowest(permission));
    }

    [Fact]
    public void EachEntity_OffersTheSeedsLevels()
    {
        Permissions.LevelsOf(Permission.ViewOpenChannels).ShouldBe([AccessLevel.Own, AccessLevel.Department, AccessLevel.All, AccessLevel.None]);
        Permissions.LevelsOf(Permission.ModifyOpenChannels).ShouldBe([AccessLevel.Own, AccessLevel.Department, AccessLevel.All, AccessLevel.None]);
        Permissions.LevelsOf(Permission.ConnectChannels).ShouldBe([AccessLevel.All, AccessLevel.Own, AccessLevel.Department, AccessLevel.None]);
        Permissions.LevelsOf(Permission.ConversationList).ShouldBe([AccessLevel.Own, AccessLevel.Department, AccessLevel.All, AccessLevel.None]);
        Permissions.LevelsOf(Permission.ConversationHistory).ShouldBe([AccessLevel.Own, AccessLevel.Department, AccessLevel.All, AccessLevel.None]);
        Permissions.LevelsOf(Permission.JoinConversation).ShouldBe([AccessLevel.Own, AccessLevel.Department, AccessLevel.All]);
        Permissions.LevelsOf(Permission.RateConversations).ShouldBe([AccessLevel.Department, AccessLevel.All, AccessLevel.None]);
        Permissions.LevelsOf(Permission.ChangeAccessRights).ShouldBe([AccessLevel.All, AccessLevel.None]);
    }

    [Fact]
    public void ACopy_IsACustomRole_WithTheSameLevels_ThatChangesAlone()
    {
        var director = Role.Predefined(RoleKind.Director);

        var copy = director.CopyAs("Deputy director");
        copy.SetLevel(Permission.ChangeAccessRights, AccessLevel.All);

        copy.Kind.ShouldBe(RoleKind.Custom);
        copy.Name.ShouldBe("Deputy director");
        copy.LevelOf(Permission.ConversationHistory).ShouldBe(AccessLevel.All);
        director.LevelOf(Permission.ChangeAccessRights).ShouldBe(AccessLevel.None);
    }

    [Fact]
    public void PredefinedRoles_KeepTheirNames_AndTheAdministratorKeepsEveryRight()
    {
        var administrator = Role.Predefined(RoleKind.Administrator);
        var manager = Role.Predefined(RoleKind.Manager);

        Should.Throw<DomainRuleViolated>(() => administrator.SetLevel(Permission.ConversationHistory, AccessLevel.Own)).Error.ShouldBeOfType<PredefinedRoleLocked>();
        Should.Throw<DomainRuleViolated>(() => manager.Rename("Agent")).Error.ShouldBeOfType<PredefinedRoleLocked>();
        Should.Throw<DomainRuleViolated>(manager.EnsureDeletable).Error.ShouldBeOfType<PredefinedRoleLocked>();

        // The Director and the Manager may be tuned.
        manager.SetLevel(Permission.RateConversations, AccessLevel.Department);
        manager.LevelOf(Permission.RateConversations).ShouldBe(AccessLevel.Department);
        Role.Custom("Night shift").EnsureDeletable();
    }
}
