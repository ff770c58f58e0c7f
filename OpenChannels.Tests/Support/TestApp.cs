using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenChannels.Web.Data;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Support;

/// <summary>
/// The real application on a real SQLite file in a temporary folder: a copy of the <see cref="MigratedDatabase"/>, or
/// none at all with <c>freshDatabase</c> (the app then creates it, as at a first start). <see cref="Restart"/> gives a new
/// host on the same folder, as an operator restarting the container would. Optionally served by Kestrel for the browser.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.test";
    public const string AdminPassword = "admin-pass-123";

    /// <summary>The sign-in nonce cookie of the tests' "browser" (L2).</summary>
    public const string BrowserNonce = "tests-browser-nonce-0000000000000000000000";

    private readonly bool _bootstrapAdmin;
    private readonly bool _kestrel;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;

    public TestApp(
        bool bootstrapAdmin = true,
        bool kestrel = false,
        string? dataDirectory = null,
        FakeTimeProvider? clock = null,
        IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null,
        bool freshDatabase = false)
    {
        _bootstrapAdmin = bootstrapAdmin;
        _kestrel = kestrel;
        _settings = settings ?? new Dictionary<string, string>();
        _services = services;
        if (dataDirectory is null)
        {
            dataDirectory = Directory.CreateTempSubdirectory("openchannels-test-").FullName;
            if (!freshDatabase)
            {
                MigratedDatabase.CopyTo(dataDirectory);
            }
        }

        DataDirectory = dataDirectory;
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public string DataDirectory { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>The Kestrel address (only with kestrel: true).</summary>
    public Uri ServerAddress
    {
        get
        {
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        }
    }

    /// <summary>A new host on the same data folder; this one is disposed first.</summary>
    public TestApp Restart()
    {
        Dispose();
        return new TestApp(_bootstrapAdmin, _kestrel, DataDirectory, Clock, _settings, _services);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<T> QueryAsync<T>(Func<OpenChannelsDbContext, Task<T>> query)
    {
        await using var db = await Get<IDbContextFactory<OpenChannelsDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>The employee who signs in with this e-mail address.</summary>
    public Task<int> EmployeeIdAsync(string email) =>
        QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmployeeId).SingleAsync());

    /// <summary>Gives a predefined role (P-3), as the Access rights page would.</summary>
    public async Task GiveRoleAsync(OpenChannels.Domain.Access.RoleKind kind, OpenChannels.Domain.Access.HolderKind via, int holderId)
    {
        await using var db = await Get<IDbContextFactory<OpenChannelsDbContext>>().CreateDbContextAsync();
        var roleId = await db.AccessRoles.Where(r => r.Kind == kind).Select(r => r.Id).SingleAsync();
        db.AccessRoleHolders.Add(new OpenChannels.Domain.Access.RoleHolder(roleId, via, holderId));
        await db.SaveChangesAsync();
    }

    /// <summary>Creates a custom role with these levels (the rest at their least) and gives it; returns the role's id.</summary>
    public async Task<int> GiveCustomRoleAsync(
        string name,
        IReadOnlyDictionary<OpenChannels.Domain.Access.Permission, OpenChannels.Domain.Access.AccessLevel> levels,
        OpenChannels.Domain.Access.HolderKind via,
        int holderId)
    {
        await using var db = await Get<IDbContextFactory<OpenChannelsDbContext>>().CreateDbContextAsync();
        var role = OpenChannels.Domain.Access.Role.Custom(name);
        foreach (var (permission, level) in levels)
        {
            role.SetLevel(permission, level);
        }

        db.AccessRoles.Add(role);
        await db.SaveChangesAsync();
        db.AccessRoleHolders.Add(new OpenChannels.Domain.Access.RoleHolder(role.Id, via, holderId));
        await db.SaveChangesAsync();
        return role.Id;
    }

    /// <summary>An HTTP client signed in as the given user (default: the bootstrap administrator).</summary>
    public async Task<HttpClient> SignedInClientAsync(string email = AdminEmail, string password = AdminPassword)
    {
        var userId = (await Get<AccountService>().CheckPasswordAsync(email, password)).Value
            ?? throw new InvalidOperationException($"Cannot sign in as {email}.");
        var ticket = await Get<SignInTicketService>().IssueAsync(userId, rememberMe: false, SignInBrowserBinding.Hash(BrowserNonce));
        var client = AnonymousClient();
        var response = await client.SendAsync(CompleteSignIn(ticket));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>The sign-in cookie as a browser would store it, for use across a restart.</summary>
    public async Task<string> SignInCookieAsync(string email = AdminEmail, string password = AdminPassword)
    {
        var userId = (await Get<AccountService>().CheckPasswordAsync(email, password)).ShouldSucceed();
        var ticket = await Get<SignInTicketService>().IssueAsync(userId, rememberMe: true, SignInBrowserBinding.Hash(BrowserNonce));
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.SendAsync(CompleteSignIn(ticket));
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
            .Where(c => !c.StartsWith(SignInBrowserBinding.CookieName + "=", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The redeeming request as the browser that asked for <paramref name="ticket"/> sends it: with its nonce cookie
    /// (<see cref="BrowserNonce"/>; tickets issued in tests are bound to it).
    /// </summary>
    public static HttpRequestMessage CompleteSignIn(string ticket, string? query = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{AccountEndpoints.CompleteSignInPath}?ticket={ticket}{query}");
        request.Headers.Add("Cookie", $"{SignInBrowserBinding.CookieName}={BrowserNonce}");
        return request;
    }

    /// <summary>A client of the agent API, with a fresh personal access token of the employee signing in as <paramref name="email"/>.</summary>
    public async Task<HttpClient> ApiClientAsync(string email)
    {
        var userId = await QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var token = (await Get<ApiTokenService>().CreateAsync(userId, "test")).ShouldSucceed();
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can see them.</summary>
    public HttpClient AnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // Tests make many sessions from one address; the limiter has its own test with low numbers.
        builder.UseSetting("Widget:RequestsPerMinute", "100000");
        builder.UseSetting("Widget:Burst", "100000");
        builder.UseSetting("Widget:SessionsPerHour", "1000000");
        builder.UseSetting("Widget:SessionBurst", "1000000");

        // Webhook bots' events go out when a test runs the dispatcher; one test turns the fast path on.
        builder.UseSetting("Bots:DispatchOnWrite", "false");
        builder.UseSetting("Connectors:DispatchOnWrite", "false");

        // Telegram bots are polled when a test asks (TelegramPolling.PollAsync), never in the background.
        builder.UseSetting("Telegram:PollingEnabled", "false");
        builder.UseSetting("Email:WatchMailboxes", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_bootstrapAdmin)
        {
            builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
            builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
            builder.UseSetting("Bootstrap:AdminName", "Ada");
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(new OpenChannels.Web.Testing.TestClockControl(Clock.Advance));
            services.AddTransient<IStartupFilter, TestPeerAddress>();
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
