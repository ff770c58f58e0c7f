using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Data;
using static OpenChannels.Tests.Support.EarlierInstallation;

namespace OpenChannels.Tests.Web.Data;

/// <summary>
/// Issue 17 on an existing installation: the messages stored before the conversation list arrived are searchable at
/// once (deleted ones excepted), and each conversation counts its client and agent messages.
/// </summary>
public sealed class ConversationListMigrationTests : IDisposable
{
    private readonly EarlierInstallation _installation = new();

    [Fact]
    public async Task EarlierMessages_AreIndexed_AndCounted()
    {
        var (db, channel) = await _installation.AtVersionWithAChannelAsync("20261202080626_RatingTab");
        await using (db)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO Clients (ConnectorId, TokenHash, CreatedAt, LastSeenAt) VALUES (1, 'a', {At()}, {At()})");
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO Conversations (OpenChannelId, ConnectorId, ClientId, Status, IsOpen, IsPinned, CreatedAt, LastMessageAt, LastMessagePreview, UnreadByAgents)
                VALUES ({channel}, 1, 1, 4, 1, 0, {At()}, {At()}, 'Hello', 0)
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO Messages (ConversationId, Kind, ClientId, AuthorEmployeeId, Text, CreatedAt, DeletedAt) VALUES
                (1, 1, 1, NULL, 'Where is my parcel?', {At()}, NULL),
                (1, 2, NULL, 5, 'It ships today.', {At()}, NULL),
                (1, 4, NULL, 5, 'Check the courier', {At()}, NULL),
                (1, 2, NULL, 5, 'Wrong secret word', {At()}, {At()})
                """);
        }

        await using var after = _installation.Today();
        await after.Database.MigrateAsync();

        (await Search(after, "parcel")).ShouldBe(1);
        (await Search(after, "courier")).ShouldBe(1, "notes are searchable by those who read them");
        (await Search(after, "secret")).ShouldBe(0, "a deleted message is not");
        (await after.Database.SqlQueryRaw<int>("SELECT MessageCount AS Value FROM Conversations").SingleAsync()).ShouldBe(3);
    }

    public void Dispose() => _installation.Dispose();

    private static Task<int> Search(OpenChannelsDbContext db, string word) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM MessagesFts WHERE MessagesFts MATCH {word}").SingleAsync();
}
