using OpenChannels.Domain.Access;

namespace OpenChannels.Tests.Domain.Access;

public sealed class SiteSettingsTests
{
    [Theory]
    [InlineData(TwoFactorRequirement.Nobody, false, false)]
    [InlineData(TwoFactorRequirement.Nobody, true, false)]
    [InlineData(TwoFactorRequirement.Administrators, false, false)]
    [InlineData(TwoFactorRequirement.Administrators, true, true)]
    [InlineData(TwoFactorRequirement.Everyone, false, true)]
    [InlineData(TwoFactorRequirement.Everyone, true, true)]
    public void RequiresTwoFactor_FollowsTheChoice_AndTheRole(TwoFactorRequirement requirement, bool isAdministrator, bool required)
    {
        var settings = new SiteSettings();

        settings.RequireTwoFactor(requirement);

        settings.RequiresTwoFactor(isAdministrator).ShouldBe(required);
    }

    [Fact]
    public void ByDefault_NobodyIsRequired_AndAnUnknownChoiceIsRefused()
    {
        var settings = new SiteSettings();

        settings.TwoFactorRequirement.ShouldBe(TwoFactorRequirement.Nobody);
        Should.Throw<ArgumentOutOfRangeException>(() => settings.RequireTwoFactor((TwoFactorRequirement)7));
    }
}
