using System.Net;
using System.Net.Http.Headers;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

/// <summary>L3: tokens expire, go with a password reset or a dismissal, and administrators see and revoke everyone's.</summary>
public sealed class ApiTokenLifetimeTests : IDisposable
{
    private const string Api = "/api/v1/conversations";
    private const string BeaPassword = "agent-pass-1";

    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    private ApiTokenService Tokens => _app.Get<ApiTokenService>();

    [Fact]
    public async Task Token_WorksForNinetyDaysByDefault_AndIsRefusedOnceExpired()
    {
        var (_, userId) = await CreateBeaAsync();
        var token = (await Tokens.CreateAsync(userId, "CRM sync")).ShouldSucceed();

        (await CallAsync(token)).ShouldBe(HttpStatusCode.OK);
        _app.Clock.Advance(TimeSpan.FromDays(90) - TimeSpan.FromMinutes(1));
        (await CallAsync(token)).ShouldBe(HttpStatusCode.OK);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        (await CallAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_ChosenExplicitlyToNeverExpire_KeepsWorking()
    {
        var (_, userId) = await CreateBeaAsync();
        var token = (await Tokens.CreateAsync(userId, "Forever", validDays: null)).ShouldSucceed();
        _app.Clock.Advance(TimeSpan.FromDays(1000));

        (await CallAsync(token)).ShouldBe(HttpStatusCode.OK);
        (await Tokens.ListAsync(userId)).Single().ExpiresAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3661)]
    public async Task Token_ValidForDaysOutOfRange_IsNotMade(int days)
    {
        var (_, userId) = await CreateBeaAsync();

        (await Tokens.CreateAsync(userId, "Odd", days)).Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("Expires");
        (await Tokens.ListAsync(userId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task PasswordReset_RevokesAllTheUsersTokens_AndOnlyTheirs()
    {
        var (id, userId) = await CreateBeaAsync();
        var beas = new[] { (await Tokens.CreateAsync(userId, "one")).ShouldSucceed(), (await Tokens.CreateAsync(userId, "two")).ShouldSucceed() };
        var adminId = (await _app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        var admins = (await Tokens.CreateAsync(adminId, "admin's")).ShouldSucceed();
        var form = (await _app.Get<EmployeeService>().GetAsync(id))!.Form;
        form.Password = "a-brand-new-secret-phrase";

        (await _app.Get<EmployeeService>().UpdateAsync(id, form)).ShouldSucceed();

        foreach (var token in beas)
        {
            (await CallAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await Tokens.ListAsync(userId)).ShouldBeEmpty();
        (await CallAsync(admins)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Dismissal_RevokesAllTheUsersTokens_AndReinstatingDoesNotBringThemBack()
    {
        var (id, userId) = await CreateBeaAsync();
        var token = (await Tokens.CreateAsync(userId, "CRM sync")).ShouldSucceed();
        var employees = _app.Get<EmployeeService>();

        (await employees.DismissAsync(id, actingEmployeeId: null)).ShouldSucceed();
        (await employees.ReinstateAsync(id)).ShouldSucceed();

        (await Tokens.ListAsync(userId)).ShouldBeEmpty();
        (await CallAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Administrators_SeeEveryonesTokens_WithOwnerAndDates_AndRevokeAny()
    {
        var (_, userId) = await CreateBeaAsync();
        var token = (await Tokens.CreateAsync(userId, "CRM sync", validDays: 30)).ShouldSucceed();
        var adminId = (await _app.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        await Tokens.CreateAsync(adminId, "Reports");

        var all = await Tokens.ListAllAsync();
        var beas = all.Single(t => t.UserId == userId);
        all.Count.ShouldBe(2);
        beas.ShouldBe(beas with { OwnerName = "Bea", OwnerEmail = "bea@example.test", Name = "CRM sync", Prefix = token[..10] });
        beas.ExpiresAt.ShouldBe(_app.Clock.GetUtcNow().AddDays(30));
        // Administrators reach the list from the Settings page.
        var admin = await _app.SignedInClientAsync();
        (await admin.GetStringAsync("/settings")).ShouldContain("href=\"/settings/api-tokens\"");
        var page = await admin.GetStringAsync("/settings/api-tokens");
        page.ShouldContain("bea@example.test");
        page.ShouldContain("CRM sync");

        (await Tokens.RevokeAnyAsync(beas.Id, adminId)).ShouldBeTrue();
        (await CallAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
        (await Tokens.ListAllAsync()).Single().Name.ShouldBe("Reports");
    }

    private async Task<(int EmployeeId, string UserId)> CreateBeaAsync()
    {
        var id = (await _app.Get<EmployeeService>().CreateAsync(
            new EmployeeForm { FirstName = "Bea", Email = "bea@example.test", Password = BeaPassword })).ShouldSucceed();
        var userId = (await _app.Get<AccountService>().CheckPasswordAsync("bea@example.test", BeaPassword)).ShouldSucceed();
        return (id, userId);
    }

    private async Task<HttpStatusCode> CallAsync(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Api);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await _app.AnonymousClient().SendAsync(request)).StatusCode;
    }
}
