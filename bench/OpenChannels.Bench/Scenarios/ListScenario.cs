using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Statistics;

namespace OpenChannels.Bench.Scenarios;

/// <summary>
/// The Contact center's conversation list (the same query serves the agent API's list) over a database seeded with
/// 100,000 conversations (a fifth still open) and 1,000,000 messages: the administrator's page, and an agent's page
/// filtered to the conversations they may see.
/// </summary>
public static class ListScenario
{
    private static readonly DateTimeOffsetToBinaryConverter Time = new();

    public static async Task<IReadOnlyList<string>> RunAsync(BenchScale scale)
    {
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        await using var database = await BenchDatabase.CreateAsync(new FixedClock(now));
        await database.SeedAsync(agents: 50, open: 0, unassigned: 0, now);
        var seeding = Stopwatch.StartNew();
        await SeedConversationsAsync(database, scale.ListConversations, scale.ListMessages, now);
        var seeded = seeding.Elapsed;

        // Baseline: the newest 500 open conversation ids straight from the index the list uses.
        await using var connection = new SqliteConnection($"Data Source={database.DatabasePath}");
        await connection.OpenAsync();
        var newest = connection.CreateCommand();
        newest.CommandText = "SELECT Id FROM Conversations WHERE IsOpen = 1 ORDER BY LastMessageAt DESC LIMIT 500";
        var runs = Math.Max(10, scale.Runs / 10);
        var baseline = await Percentiles.MeasureAsync(runs, async _ =>
        {
            await using var rows = await newest.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
            }
        });

        // Half the agents answer this channel; one of the others sees only the conversations they hold or answered in. The
        // first holds the Administrator role, which reaches every conversation.
        await database.ReplaceQueueAsync(database.Agents.Take(database.Agents.Count / 2));
        await using (var db = database.Context())
        {
            var administratorRole = await db.AccessRoles.Where(r => r.Kind == RoleKind.Administrator).Select(r => r.Id).SingleAsync();
            db.AccessRoleHolders.Add(new RoleHolder(administratorRole, HolderKind.Employee, database.Agents[0]));
            await db.SaveChangesAsync();
        }

        var queries = database.Services.GetRequiredService<ConversationQueries>();
        var administrator = new Viewer(database.Agents[0]);
        var agent = new Viewer(database.Agents[^1]);
        // Warm-up: the JIT's tiers and SQLite's page cache settle before anything is timed.
        await Percentiles.MeasureAsync(runs, async i =>
        {
            await queries.ListAsync(administrator);
            await queries.ListAsync(agent);
            await queries.GetAsync(administrator, 1 + i);
        });
        var adminPage = await Percentiles.MeasureAsync(runs, _ => queries.ListAsync(administrator));
        var agentPage = await Percentiles.MeasureAsync(runs, _ => queries.ListAsync(agent));
        var detail = await Percentiles.MeasureAsync(runs, i => queries.GetAsync(administrator, 1 + (i * 997 % scale.ListConversations)));

        // The supervisors' conversation list (issue 17): its first page, a filtered page, a full-text search, and the
        // streamed export of every row.
        var list = database.Services.GetRequiredService<ConversationListService>();
        var everything = new ConversationListQuery(new ConversationListFilter());
        var filtered = new ConversationListQuery(
            new ConversationListFilter { ChannelId = database.ChannelId, Statuses = [ConversationStatus.FullyClosed], HolderEmployeeId = database.Agents[3], Spam = false },
            ListColumn.AverageResponse);
        var search = new ConversationListQuery(new ConversationListFilter { Search = "refund" });
        await Percentiles.MeasureAsync(runs, async _ =>
        {
            await list.PageAsync(administrator, everything);
            await list.PageAsync(administrator, filtered);
            await list.PageAsync(administrator, search);
        });
        var listFirst = await Percentiles.MeasureAsync(runs, _ => list.PageAsync(administrator, everything));
        var listFiltered = await Percentiles.MeasureAsync(runs, _ => list.PageAsync(administrator, filtered));
        var listSearch = await Percentiles.MeasureAsync(runs, _ => list.PageAsync(administrator, search));
        var (smallRows, smallPeak, _) = await ExportAsync(list, administrator, new ConversationListFilter { Until = now.AddMinutes(-scale.ListConversations + (scale.ListConversations / 10)) });
        var (allRows, allPeak, allTime) = await ExportAsync(list, administrator, new ConversationListFilter());

        return
        [
            $"### Conversation list — {scale.ListConversations:N0} conversations, {scale.ListMessages:N0} messages",
            "",
            $"Seeded in {seeded.TotalSeconds:0.0} s with prepared inserts in one transaction. A page is the newest 500 open conversations with their clients, channels and holders.",
            "",
            "| operation | runs | p50 ms | p95 ms | p99 ms | p50 ratio to baseline |",
            "|---|---|---|---|---|---|",
            baseline.Row("baseline: the page's 500 ids from the (IsOpen, LastMessageAt) index"),
            adminPage.Row("first page, administrator (every open conversation)", baseline),
            agentPage.Row("filtered page, an agent outside the queue (only the conversations they hold or answered in)", baseline),
            detail.Row("one conversation with its messages (the pane)", baseline),
            "",
            "Target: first page ≤ 100 ms.",
            "",
            "#### The supervisors' conversation list (issue 17)",
            "",
            "Every conversation (not only the open ones), 25 rows a page with the total count, over the statistics scope of an administrator.",
            "",
            "| operation | runs | p50 ms | p95 ms | p99 ms | p50 ratio to baseline |",
            "|---|---|---|---|---|---|",
            listFirst.Row("first page, newest first, with the total", baseline),
            listFiltered.Row("filtered page: channel, status, holder, no spam, sorted by average response", baseline),
            listSearch.Row("full-text search of a word in 1 % of the messages (FTS5)", baseline),
            "",
            $"Export streamed to CSV: {smallRows:N0} rows with a peak managed heap of {smallPeak / 1048576.0:0.0} MB; all {allRows:N0} rows in {allTime.TotalSeconds:0.0} s with a peak of {allPeak / 1048576.0:0.0} MB — memory does not grow with the rows.",
            "",
            "Targets: first and filtered page ≤ 100 ms p95, search ≤ 150 ms p95.",
            "",
        ];
    }

    /// <summary>Writes every row the filter finds as CSV to nowhere, sampling the managed heap: rows, peak bytes, time.</summary>
    private static async Task<(long Rows, long PeakBytes, TimeSpan Time)> ExportAsync(ConversationListService list, Viewer viewer, ConversationListFilter filter)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var peak = GC.GetTotalMemory(forceFullCollection: true);
        var timer = Stopwatch.StartNew();
        await using var csv = new CsvWriter(Stream.Null);
        var rows = await ListCsv.WriteAsync(
            csv, list.AllAsync(viewer, filter, ListColumn.Opened, descending: true), ListColumns.All, new ListWording(new NullLocalizer()), OpenChannels.Web.Components.Shared.ViewerTime.Utc,
            _ =>
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                return Task.CompletedTask;
            });
        return (rows, peak, timer.Elapsed);
    }

    /// <summary>Clients, conversations (every fifth open, spread over the agents) and ten messages each, fast.</summary>
    public static async Task SeedConversationsAsync(BenchDatabase database, int conversations, int messages, DateTimeOffset now)
    {
        await using var connection = new SqliteConnection($"Data Source={database.DatabasePath}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var client = Prepare(connection, "INSERT INTO Clients (ConnectorId, TokenHash, CreatedAt, LastSeenAt) VALUES (1, $hash, $at, $at)", "$hash", "$at");
        var conversation = Prepare(connection, """
            INSERT INTO Conversations (OpenChannelId, ConnectorId, ClientId, Status, IsOpen, AssignedEmployeeId, IsPinned, CreatedAt,
                AcceptedAt, FirstResponseAt, LastMessageAt, LastMessagePreview, UnreadByAgents)
            VALUES ($channel, 1, last_insert_rowid(), $status, $open, $agent, 0, $at, $at, $at, $last, 'Where is my order?', 0)
            """, "$channel", "$status", "$open", "$agent", "$at", "$last");
        var message = Prepare(connection, """
            INSERT INTO Messages (ConversationId, Kind, ClientId, AuthorEmployeeId, Text, CreatedAt) VALUES ($conversation, $kind, $client, $author, $text, $at)
            """, "$conversation", "$kind", "$client", "$author", "$text", "$at");
        var perConversation = Math.Max(1, messages / conversations);
        for (var i = 0; i < conversations; i++)
        {
            var at = now.AddMinutes(-conversations + i);
            var agent = database.Agents[i % database.Agents.Count];
            Set(client, $"list-{i:D12}", Time.ConvertToProvider(at));
            await client.ExecuteNonQueryAsync();
            var open = i % 5 == 0;
            Set(conversation, database.ChannelId, open ? 4 : 6, open, agent, Time.ConvertToProvider(at), Time.ConvertToProvider(at.AddSeconds(perConversation)));
            await conversation.ExecuteNonQueryAsync();
            var conversationId = i + 1;
            for (var m = 0; m < perConversation; m++)
            {
                var fromClient = m % 2 == 0;
                Set(message, conversationId, fromClient ? 1 : 2, fromClient ? conversationId : DBNull.Value, fromClient ? DBNull.Value : agent,
                    fromClient
                        ? m == 0 && i % 100 == 0 ? $"I would like a refund for order {i}." : "Hello, my order has not arrived yet. Could you check where it is?"
                        : "Of course, let me look it up for you.",
                    Time.ConvertToProvider(at.AddSeconds(m)));
                await message.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
