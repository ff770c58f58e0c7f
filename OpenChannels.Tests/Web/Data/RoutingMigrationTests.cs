using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;

namespace OpenChannels.Tests.Web.Data;

/// <summary>
/// Upgrading a database from before the routing read models (decision 0007): every queue keeps its members in order,
/// and the Q-6 counters start from the conversations already there.
/// </summary>
public sealed class RoutingMigrationTests : IDisposable
{
    private const string BeforeReadModels = "20261125060340_ConsentContactFormAndQuickReplyLists";

    private readonly string _folder = Directory.CreateTempSubdirectory("openchannels-migration-").FullName;

    [Fact]
    public async Task Queues_MoveIntoTheirChannels_InOrder_AndLoadsAreCountedFromExistingConversations()
    {
        await using var db = new OpenChannelsDbContext(new DbContextOptionsBuilder<OpenChannelsDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "old.db")}").Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeReadModels);
        // Every column of the channel table of that time without a default; Evenly, and the other flags and enums at 0.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "OpenChannels" ("Id", "Name", "IsActive", "CreatedAt", "QueueIdleTime", "HoursOpens", "HoursCloses", "HoursHolidays", "QueueMode",
                "AgentInfo", "ClosingReply", "ConfirmBeforeClosing", "ConsentRequired", "ContactFormEmail", "ContactFormMode", "ContactFormName",
                "ContactFormPhone", "Greeting", "HoursDaysOff", "Language", "NoAgentReply", "OutOfHoursReply", "QueueAlwaysMonitor",
                "QueueCheckAvailability", "QueueExcludedFromLimit", "SaveMessageLog", "ShowWidgetOnlyDuringHours", "TimeoutReply", "UnansweredAction")
            VALUES (1, 'Sales', 1, 0, '00:02:00', '09:00:00', '18:00:00', '', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                   (2, 'Empty', 1, 0, '00:02:00', '09:00:00', '18:00:00', '', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            """);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Departments" ("Id", "Name") VALUES (7, 'Support');
            INSERT INTO "Employees" ("Id", "FirstName", "LastName", "Email", "CreatedAt", "TracksWorkTime")
                VALUES (1, 'Ann', '', 'ann@example.test', 0, 0), (2, 'Bea', '', 'bea@example.test', 0, 0);
            INSERT INTO "QueueMembers" ("OpenChannelId", "Position", "EmployeeId", "DepartmentId") VALUES (1, 1, NULL, 7), (1, 0, 2, NULL), (1, 2, 1, NULL);
            INSERT INTO "Connectors" ("Id", "Kind", "Name", "PublicKey", "OpenChannelId") VALUES (1, 'LiveChat', 'Widget', 'key', 1);
            INSERT INTO "Clients" ("Id", "ConnectorId", "TokenHash", "CreatedAt", "LastSeenAt") VALUES (1, 1, 'a', 0, 0), (2, 1, 'b', 0, 0), (3, 1, 'c', 0, 0);
            INSERT INTO "Conversations" ("OpenChannelId", "ConnectorId", "ClientId", "Status", "IsOpen", "IsPinned", "CreatedAt", "LastMessageAt",
                "LastMessagePreview", "UnreadByAgents", "AssignedEmployeeId", "FirstResponseAt")
                VALUES (1, 1, 1, 2, 1, 0, 0, 0, 'Hi', 0, 1, NULL), (1, 1, 2, 4, 1, 0, 0, 0, 'Hi', 0, 1, 5), (1, 1, 3, 6, 0, 0, 0, 0, 'Hi', 0, 1, 5);
            """);

        await migrator.MigrateAsync();

        var channels = await db.OpenChannels.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        channels[0].Queue.Select(m => (m.Position, m.EmployeeId, m.DepartmentId)).ShouldBe([(0, (int?)2, (int?)null), (1, null, 7), (2, 1, null)]);
        channels[1].Queue.ShouldBeEmpty();
        var loads = await db.AgentLoads.AsNoTracking().OrderBy(l => l.Status).Select(l => new { l.EmployeeId, l.Status, l.Answered, l.Count }).ToListAsync();
        loads.ShouldBe([
            new { EmployeeId = 1, Status = ConversationStatus.Assigned, Answered = false, Count = 1 },
            new { EmployeeId = 1, Status = ConversationStatus.WaitingForClient, Answered = true, Count = 1 },
        ]);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
