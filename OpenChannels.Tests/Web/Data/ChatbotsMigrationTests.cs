using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using static OpenChannels.Tests.Support.EarlierInstallation;

namespace OpenChannels.Tests.Web.Data;

/// <summary>
/// Issue 18 on an existing installation: the conversations and messages tables gain their bot columns in place, so the
/// triggers that keep the search index, the message counts and the agents' load counters go on working.
/// </summary>
public sealed class ChatbotsMigrationTests : IDisposable
{
    private readonly EarlierInstallation _installation = new();

    [Fact]
    public async Task TheTriggersOfConversationsAndMessages_SurviveTheMigration()
    {
        var (db, channel) = await _installation.AtVersionWithAChannelAsync("20261202112630_ListExports");
        await using (db)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO Clients (ConnectorId, TokenHash, CreatedAt, LastSeenAt) VALUES (1, 'a', {At()}, {At()})");
        }

        await using var after = _installation.Today();
        var triggers = "SELECT name AS Value FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
        var before = await after.Database.SqlQueryRaw<string>(triggers).ToListAsync();
        await after.Database.MigrateAsync();

        (await after.Database.SqlQueryRaw<string>(triggers).ToListAsync()).ShouldBe(before);
        new[] { "AgentLoads_OnInsert", "AgentLoads_OnUpdate", "AgentLoads_OnDelete", "Messages_Search_OnInsert" }.ShouldBeSubsetOf(before);
        await after.Database.ExecuteSqlAsync($"""
            INSERT INTO Conversations (OpenChannelId, ConnectorId, ClientId, Status, IsOpen, IsPinned, CreatedAt, LastMessageAt, LastMessagePreview, UnreadByAgents, BotStaysUntilEnd)
            VALUES ({channel}, 1, 1, 8, 1, 0, {At()}, {At()}, 'Hello', 0, 0)
            """);
        await after.Database.ExecuteSqlAsync($"INSERT INTO Messages (ConversationId, Kind, ClientId, Text, CreatedAt) VALUES (1, 1, 1, 'Where is my parcel?', {At()})");
        (await after.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM MessagesFts WHERE MessagesFts MATCH 'parcel'").SingleAsync()).ShouldBe(1);
        (await after.Database.SqlQuery<int>($"SELECT MessageCount AS Value FROM Conversations").SingleAsync()).ShouldBe(1);
    }

    public void Dispose() => _installation.Dispose();
}
