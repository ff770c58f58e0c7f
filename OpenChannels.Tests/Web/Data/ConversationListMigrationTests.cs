using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Data;

namespace OpenChannels.Tests.Web.Data;

/// <summary>
/// Issue 17 on an existing installation: the messages stored before the conversation list arrived are searchable at
/// once (deleted ones excepted), and each conversation counts its client and agent messages.
/// </summary>
public sealed class ConversationListMigrationTests : IDisposable
{
    private const string VersionBefore = "20261202080626_RatingTab";

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffsetToBinaryConverter Time = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("openchannels-list-").FullName;

    [Fact]
    public async Task EarlierMessages_AreIndexed_AndCounted()
    {
        await using (var db = OpenChannels.Tests.Support.EarlierModel.Context(Path.Combine(_folder, "app.db")))
        {
            await db.GetService<IMigrator>().MigrateAsync(VersionBefore);
            var channel = new OpenChannel("Website", Now);
            db.OpenChannels.Add(channel);
            await db.SaveChangesAsync();
            db.Connectors.Add(new Connector(ConnectorKind.LiveChat, "Chat", channel.Id, "key"));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlAsync($"INSERT INTO Clients (ConnectorId, TokenHash, CreatedAt, LastSeenAt) VALUES (1, 'a', {At()}, {At()})");
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO Conversations (OpenChannelId, ConnectorId, ClientId, Status, IsOpen, IsPinned, CreatedAt, LastMessageAt, LastMessagePreview, UnreadByAgents)
                VALUES ({channel.Id}, 1, 1, 4, 1, 0, {At()}, {At()}, 'Hello', 0)
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO Messages (ConversationId, Kind, ClientId, AuthorEmployeeId, Text, CreatedAt, DeletedAt) VALUES
                (1, 1, 1, NULL, 'Where is my parcel?', {At()}, NULL),
                (1, 2, NULL, 5, 'It ships today.', {At()}, NULL),
                (1, 4, NULL, 5, 'Check the courier', {At()}, NULL),
                (1, 2, NULL, 5, 'Wrong secret word', {At()}, {At()})
                """);
        }

        await using var after = Context();
        await after.Database.MigrateAsync();

        (await Search(after, "parcel")).ShouldBe(1);
        (await Search(after, "courier")).ShouldBe(1, "notes are searchable by those who read them");
        (await Search(after, "secret")).ShouldBe(0, "a deleted message is not");
        (await after.Database.SqlQueryRaw<int>("SELECT MessageCount AS Value FROM Conversations").SingleAsync()).ShouldBe(3);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static Task<int> Search(OpenChannelsDbContext db, string word) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM MessagesFts WHERE MessagesFts MATCH {word}").SingleAsync();

    private static long At() => (long)Time.ConvertToProvider(Now)!;

    private OpenChannelsDbContext Context() =>
        new(new DbContextOptionsBuilder<OpenChannelsDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "app.db")}")
            .Options);
}
