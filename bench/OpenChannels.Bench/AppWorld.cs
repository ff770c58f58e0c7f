using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Web.Identity;

namespace OpenChannels.Bench;

/// <summary>
/// What a running app needs for a scenario, written into its database from this process (as a second instance on
/// the same data folder would): one open channel with its live chat and ten online agents in its queue.
/// </summary>
public sealed class AppWorld : IAsyncDisposable
{
    public const string Key = "bench-key";

    private readonly BenchDatabase _database;

    private AppWorld(BenchDatabase database) => _database = database;

    public static async Task<AppWorld> SeedAsync(AppProcess app, int agents = 10, int open = 0)
    {
        var database = BenchDatabase.Attach(app.DatabasePath, TimeProvider.System);
        await database.SeedAsync(agents, open, unassigned: 0, DateTimeOffset.UtcNow);
        return new AppWorld(database);
    }

    public BenchDatabase Database => _database;

    /// <summary>A personal access token of the administrator, for the agent API.</summary>
    public async Task<string> AdminTokenAsync()
    {
        var token = await _database.Services.GetRequiredService<ApiTokenService>().CreateAsync(await AdminUserIdAsync(), "bench");
        return token.Succeeded ? token.Value : throw new InvalidOperationException(token.Error.Message);
    }

    /// <summary>
    /// A one-minute sign-in ticket of the administrator, redeemed at /account/complete-sign-in by a browser that holds
    /// <paramref name="browserNonce"/> in the sign-in nonce cookie.
    /// </summary>
    public async Task<string> AdminSignInTicketAsync(string browserNonce) =>
        await _database.Services.GetRequiredService<SignInTicketService>()
            .IssueAsync(await AdminUserIdAsync(), rememberMe: false, SignInBrowserBinding.Hash(browserNonce));

    public async Task<int> ConversationCountAsync()
    {
        await using var db = _database.Context();
        return await db.Conversations.CountAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<string> AdminUserIdAsync()
    {
        await using var db = _database.Context();
        return await db.Users.Where(u => u.Email == AppProcess.AdminEmail).Select(u => u.Id).SingleAsync();
    }
}
