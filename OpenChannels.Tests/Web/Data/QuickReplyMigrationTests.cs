using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenChannels.Web.Data;

namespace OpenChannels.Tests.Web.Data;

/// <summary>Upgrading a database from before quick-reply lists keeps every quick reply where agents find it (A-8).</summary>
public sealed class QuickReplyMigrationTests : IDisposable
{
    private const string BeforeLists = "20261123204848_UnansweredAndFullClose";

    private readonly string _folder = Directory.CreateTempSubdirectory("openchannels-migration-").FullName;

    [Fact]
    public async Task QuickRepliesOfAChannel_BecomeAListOfItsOwn_ThatTheChannelUses()
    {
        await using var db = new OpenChannelsDbContext(new DbContextOptionsBuilder<OpenChannelsDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "old.db")}").Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeLists);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "OpenChannels" ("Id", "Name", "IsActive", "CreatedAt") VALUES (1, 'Sales', 1, 0), (2, 'sales', 1, 0), (3, 'Empty', 1, 0);
            INSERT INTO "QuickReplies" ("OpenChannelId", "Title", "Text") VALUES (1, 'Prices', 'See the list.'), (1, 'Hours', '9 to 18.'), (2, 'Hi', 'Hello!');
            """);

        await migrator.MigrateAsync();

        var channels = await db.OpenChannels.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.QuickReplyListId }).ToListAsync();
        channels.Select(c => c.QuickReplyListId).ShouldBe([1, 2, null]);
        (await db.QuickReplyLists.OrderBy(l => l.Id).Select(l => l.Name).ToListAsync()).ShouldBe(["Sales", "sales (2)"]);
        (await db.QuickReplies.Where(q => q.ListId == 1).OrderBy(q => q.Title).Select(q => q.Title).ToListAsync()).ShouldBe(["Hours", "Prices"]);
        var contactForm = await db.OpenChannels.Where(c => c.Id == 3).Select(c => c.ContactForm).SingleAsync();
        (contactForm.Mode, contactForm.Name, contactForm.Email).ShouldBe((OpenChannels.Domain.Channels.ContactFormMode.Off, OpenChannels.Domain.Channels.ContactFieldRule.Required, OpenChannels.Domain.Channels.ContactFieldRule.Optional));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
