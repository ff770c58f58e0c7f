using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

public sealed class FirstRunTests : IDisposable
{
    private readonly TestApp _app = new(bootstrapAdmin: false);

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/employees")]
    [InlineData("/account/login")]
    [InlineData("/jobs")]
    public async Task AnyPage_BeforeSetup_LeadsToTheSetupPage(string path)
    {
        var response = await _app.AnonymousClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/setup");
    }

    [Fact]
    public async Task SetupPage_AndHealth_AreOpenBeforeSetup()
    {
        var client = _app.AnonymousClient();

        (await client.GetAsync("/setup")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CreateFirstAdministrator_CreatesAnAdministratorLinkedToAnEmployee()
    {
        var created = await _app.Get<AccountService>().CreateFirstAdministratorAsync("Grace", "Hopper", "grace@example.test", "first-pass-1");

        created.Succeeded.ShouldBeTrue();
        var user = await _app.QueryAsync(db => db.Users.SingleAsync());
        var employee = await _app.QueryAsync(db => db.Employees.SingleAsync());
        user.EmployeeId.ShouldBe(employee.Id);
        employee.FullName.ShouldBe("Grace Hopper");
        var roles = await _app.QueryAsync(db => db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        roles.ShouldBe([Roles.Administrator]);
    }

    [Fact]
    public async Task AfterSetup_PagesAskForSignInAndSetupIsClosed()
    {
        await _app.Get<AccountService>().CreateFirstAdministratorAsync("Grace", "", "grace@example.test", "first-pass-1");
        var client = _app.AnonymousClient();

        var page = await client.GetAsync("/employees");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/account/login?ReturnUrl=%2Femployees");

        var again = await _app.Get<AccountService>().CreateFirstAdministratorAsync("Eve", "", "eve@example.test", "second-pass-1");
        again.Error.ShouldBeOfType<Conflict>();
        (await _app.QueryAsync(db => db.Users.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task CreateFirstAdministrator_WithWeakPassword_WritesNothing()
    {
        var created = await _app.Get<AccountService>().CreateFirstAdministratorAsync("Grace", "", "grace@example.test", "short");

        created.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("Password");
        (await _app.QueryAsync(db => db.Employees.CountAsync())).ShouldBe(0);
        (await _app.QueryAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task CreateFirstAdministrator_TenAtOnce_ExactlyOneWins()
    {
        var accounts = _app.Get<AccountService>();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            accounts.CreateFirstAdministratorAsync($"Admin{i}", "", $"admin{i}@example.test", "race-pass-123"))));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.Error is Conflict);
        (await _app.QueryAsync(db => db.Users.CountAsync())).ShouldBe(1);
        (await _app.QueryAsync(db => db.Employees.CountAsync())).ShouldBe(1);
    }
}
