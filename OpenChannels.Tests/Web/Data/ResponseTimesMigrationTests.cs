using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Data;
using static OpenChannels.Tests.Support.EarlierInstallation;

namespace OpenChannels.Tests.Web.Data;

/// <summary>
/// K-1 on an existing installation: an open conversation whose client waits for an answer when the version with
/// response times arrives keeps waiting since their oldest unanswered message, so its next answer is timed.
/// </summary>
public sealed class ResponseTimesMigrationTests : IDisposable
{
    private readonly EarlierInstallation _installation = new();

    [Fact]
    public async Task AnOpenConversationWaitingForAnAnswer_WaitsSinceItsOldestUnansweredMessage()
    {
        var (db, channel) = await _installation.AtVersionWithAChannelAsync("20261202055003_MessageAuthorIndex");
        await using (db)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO Clients (ConnectorId, TokenHash, CreatedAt, LastSeenAt) VALUES (1, 'a', {At(0)}, {At(0)}), (1, 'b', {At(0)}, {At(0)}), (1, 'c', {At(0)}, {At(0)})");

            // 1: answered, then the client wrote twice (waits since the first of the two); 2: answered last; 3: closed.
            foreach (var (client, open) in new[] { (1, true), (2, true), (3, false) })
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO Conversations (OpenChannelId, ConnectorId, ClientId, Status, IsOpen, AssignedEmployeeId, IsPinned, CreatedAt, LastMessageAt, LastMessagePreview, UnreadByAgents)
                    VALUES ({channel}, 1, {client}, 4, {open}, NULL, 0, {At(0)}, {At(0)}, 'Hello', 0)
                    """);
            }

            await MessageAsync(db, 1, kind: 1, at: 0);
            await MessageAsync(db, 1, kind: 2, at: 30);
            await MessageAsync(db, 1, kind: 1, at: 60);
            await MessageAsync(db, 1, kind: 4, at: 70);
            await MessageAsync(db, 1, kind: 1, at: 90);
            await MessageAsync(db, 2, kind: 1, at: 0);
            await MessageAsync(db, 2, kind: 2, at: 40);
            await MessageAsync(db, 3, kind: 1, at: 0);
        }

        await using (var after = _installation.Today())
        {
            await after.Database.MigrateAsync();

            var waiting = await after.Conversations.OrderBy(c => c.Id).Select(c => c.Responses.WaitingSince).ToListAsync();
            waiting.ShouldBe([Now.AddSeconds(60), null, null]);
            (await after.Conversations.Select(c => c.Responses.Count).ToListAsync()).ShouldAllBe(count => count == 0);
        }
    }

    public void Dispose() => _installation.Dispose();

    private static Task MessageAsync(OpenChannelsDbContext db, int conversation, int kind, int at) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO Messages (ConversationId, Kind, ClientId, AuthorEmployeeId, Text, CreatedAt)
            VALUES ({conversation}, {kind}, {(kind == 1 ? conversation : null)}, {(kind == 1 ? null : 5)}, 'text', {At(at)})
            """);
}
