using OpenChannels.Tests.Support;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Infrastructure;

/// <summary>A bad operator setting stops the start with a message naming the key; the defaults start.</summary>
public sealed class OperatorSettingsTests
{
    [Theory]
    [InlineData("Storage:BusyTimeoutSeconds", "0", "Storage:BusyTimeoutSeconds must be between 1 and 300; it is 0.")]
    [InlineData("SignIn:PasswordMinLength", "4", "SignIn:PasswordMinLength must be between 8 and 128; it is 4.")]
    [InlineData("SignIn:CookieDays", "0", "SignIn:CookieDays must be between 1 and 365; it is 0.")]
    [InlineData("SignIn:FailuresPerAddress", "0", "SignIn:FailuresPerAddress must be between 1 and 10000; it is 0.")]
    [InlineData("SignIn:AddressWindowMinutes", "0", "SignIn:AddressWindowMinutes must be between 1 and 1440; it is 0.")]
    [InlineData("Widget:Burst", "0", "Widget:Burst must be between 1 and 1000000000; it is 0.")]
    [InlineData("Jobs:PollIntervalSeconds", "0", "Jobs:PollIntervalSeconds must be between 0.1 and 5; it is 0.")]
    [InlineData("Https:PublicPort", "0", "Https:PublicPort must be between 1 and 65535; it is 0.")]
    [InlineData("Https:HstsMaxAgeDays", "-1", "Https:HstsMaxAgeDays must be between 0 and 3650; it is -1.")]
    [InlineData("Https:Enabled", "yes", "'Https:Enabled'")]
    public void ABadSetting_StopsTheStart_NamingTheKey(string key, string value, string message)
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { [key] = value });

        Should.Throw<InvalidOperationException>(() => app.Services).Message.ShouldContain(message);
    }

    [Fact]
    public void ThePasswordRuleOfTheForms_IsTheConfiguredOne()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["SignIn:PasswordMinLength"] = "14" });
        var rule = app.Get<PasswordRule>();

        rule.MinLength.ShouldBe(14);
        rule.Check("violet-canyo").ShouldBe(PasswordProblem.TooShort);
        rule.Check("violet-canyon-").ShouldBeNull();
        rule.Check(string.Empty).ShouldBeNull("an empty password is left to the field's own Required rule");
    }
}
