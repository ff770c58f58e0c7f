using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;

namespace OpenChannels.Tests.Web.Data;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Restart_KeepsEveryThingAndTheSignInKeys()
    {
        var app = new TestApp();
        var department = (await app.Get<DepartmentService>().CreateAsync(new DepartmentForm { Name = "Support" })).Value;
        await app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test", DepartmentId = department });
        await app.Get<OpenChannelService>().CreateAsync("Website");
        var cookie = await app.SignInCookieAsync();

        app = app.Restart();
        try
        {
            (await app.QueryAsync(db => db.Departments.Select(d => d.Name).ToListAsync())).ShouldBe(["Support"]);
            (await app.QueryAsync(db => db.Employees.CountAsync(e => e.DepartmentId == department))).ShouldBe(1);
            (await app.QueryAsync(db => db.OpenChannels.Select(c => c.Name).ToListAsync())).ShouldBe(["Website"]);

            // The key ring lives in the data folder, so a browser stays signed in across the restart.
            var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, "/employees");
            request.Headers.Add("Cookie", cookie);
            (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            app.Dispose();
        }
    }

    [Fact]
    public async Task Database_IsOneFileInWalMode_UnderTheDataFolder()
    {
        using var app = new TestApp(freshDatabase: true);
        var folder = app.Get<DataFolder>();

        folder.DatabasePath.ShouldBe(Path.Combine(app.DataDirectory, "openchannels.db"));
        File.Exists(folder.DatabasePath).ShouldBeTrue();
        await using var connection = new SqliteConnection($"Data Source={folder.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        ((string)(await command.ExecuteScalarAsync())!).ShouldBe("wal");
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        using var app = new TestApp();

        var pending = await app.QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        pending.ShouldBeFalse("Run `dotnet ef migrations add <Name> --project OpenChannels.Web`.");
    }

    [Fact]
    public async Task Health_ReportsTheDatabase_AndTheJobStore()
    {
        using var app = new TestApp();

        var response = await app.AnonymousClient().GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        var checks = body.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        checks.ShouldBe(new Dictionary<string, string?> { ["database"] = "Healthy", ["jobs"] = "Healthy" }, ignoreOrder: true);
    }

    [Fact]
    public async Task Health_WhenTheScheduleIsGoneFromTheJobStore_IsUnhealthy()
    {
        using var app = new TestApp();
        app.Get<Hangfire.IRecurringJobManager>().RemoveIfExists("j4-client-timeout");

        var response = await app.AnonymousClient().GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var scheduled = OpenChannels.Web.Jobs.JobSchedule.RecurringJobs.Count;
        (await response.Content.ReadAsStringAsync()).ShouldContain($"only {scheduled - 1} of {scheduled} recurring jobs are scheduled");
    }

    [Fact]
    public async Task Health_WhenTheDatabaseIsUnreadable_IsUnhealthy()
    {
        using var app = new TestApp();
        var client = app.AnonymousClient();
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        SqliteConnection.ClearAllPools();
        var path = app.Get<DataFolder>().DatabasePath;
        await File.WriteAllTextAsync(path, "this is not a database");
        File.Delete(path + "-wal");
        File.Delete(path + "-shm");

        var response = await client.GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }
}
