using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

/// <summary>L12: twelve characters by default, no composition rules, no common password; the forms say the same.</summary>
public sealed class PasswordPolicyTests : IDisposable
{
    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TwelveCharacters_WithNoDigitNorCapital_AreEnough_AndElevenAreNot()
    {
        var employees = _app.Get<EmployeeService>();

        var eleven = await employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test", Password = "violetcanyo" });
        var twelve = await employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test", Password = "violetcanyon" });

        eleven.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("Password");
        twelve.Succeeded.ShouldBeTrue();
        (await _app.Get<AccountService>().CheckPasswordAsync("lin@example.test", "violetcanyon")).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("Qwerty123456")]
    [InlineData("iloveyou2026!")]
    [InlineData("123456789012")]
    [InlineData("abcdefghijklm")]
    [InlineData("aaaaaaaaaaaaaaa")]
    [InlineData("1q2w3e4r5t6y")]
    public async Task ACommonPassword_IsRefused_WhateverItsLength(string password)
    {
        var created = await _app.Get<EmployeeService>().CreateAsync(
            new EmployeeForm { FirstName = "Lin", Email = "lin@example.test", Password = password });

        created.Error.ShouldBeOfType<InvalidInput>().Message.ShouldContain(CommonPasswordValidator.Message);
        _app.Get<PasswordRule>().Check(password).ShouldBe(PasswordProblem.TooCommon);
    }

    [Fact]
    public void TheDefaultRule_IsTwelveCharacters_AndTheListShipsWithTheApp()
    {
        _app.Get<PasswordRule>().MinLength.ShouldBe(12);
        _app.Get<CommonPasswords>().Count.ShouldBeGreaterThan(3000);
        _app.Get<PasswordRule>().Check("a few unrelated words").ShouldBeNull();
    }

    [Fact]
    public void TheMinimumLength_CannotBeSetBelowEight()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["SignIn:PasswordMinLength"] = "7" });

        Should.Throw<InvalidOperationException>(() => app.Services).Message
            .ShouldContain("SignIn:PasswordMinLength must be between 8 and 128; it is 7.");
    }
}
