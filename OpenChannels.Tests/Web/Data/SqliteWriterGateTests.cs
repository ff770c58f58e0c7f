using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Data;

namespace OpenChannels.Tests.Web.Data;

/// <summary>The in-process queue of write transactions in front of SQLite's write lock (decision 0006).</summary>
public sealed class SqliteWriterGateTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("openchannels-gate-").FullName;

    // A short wait, so a gate that is never given back fails the test quickly instead of hanging it.
    private readonly SqliteWriterGate _gate = new(TimeSpan.FromMilliseconds(300));

    [Fact]
    public async Task ManyConcurrentCheckThenWriteTransactions_AllSucceed_OneAfterAnother()
    {
        await MigrateAsync();
        var patient = new SqliteWriterGate(TimeSpan.FromSeconds(30));

        // Each reads the count and writes the next name: without serialisation two would write the same one.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(async () =>
        {
            await using var db = Context(patient);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var count = await db.OpenChannels.CountAsync();
            db.OpenChannels.Add(new OpenChannel($"Channel {count + 1}", Now));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        })));

        await using var check = Context();
        (await check.OpenChannels.Select(c => c.Name).Distinct().CountAsync()).ShouldBe(40);
    }

    [Fact]
    public async Task WhileOneTransactionIsOpen_AnotherWriterOfThisProcessWaits_AndFailsAsBusyAfterTheTimeout()
    {
        await MigrateAsync();
        await using var holder = Context();
        await using var open = await holder.Database.BeginTransactionAsync();

        await using var other = Context(busyTimeoutSeconds: 1);
        other.OpenChannels.Add(new OpenChannel("Second", Now));
        var busy = await Should.ThrowAsync<SqliteException>(() => other.SaveChangesAsync());

        // The same error code as SQLite's own "database is locked", so callers handle one kind of failure.
        busy.SqliteErrorCode.ShouldBe(5);
        busy.Message.ShouldContain("another write of this process");
    }

    [Theory]
    [InlineData("commit")]
    [InlineData("rollback")]
    [InlineData("dispose")]
    public async Task EveryWayATransactionEnds_LetsTheNextWriterIn(string ending)
    {
        await MigrateAsync();
        await using (var first = Context())
        {
            var transaction = await first.Database.BeginTransactionAsync();
            first.OpenChannels.Add(new OpenChannel("First", Now));
            await first.SaveChangesAsync();
            switch (ending)
            {
                case "commit":
                    await transaction.CommitAsync();
                    break;
                case "rollback":
                    await transaction.RollbackAsync();
                    break;
            }

            // "dispose": an early return that leaves the transaction to `await using`.
            await transaction.DisposeAsync();
        }

        await using var next = Context();
        next.OpenChannels.Add(new OpenChannel("Next", Now));
        await next.SaveChangesAsync();
        (await next.OpenChannels.CountAsync()).ShouldBe(ending == "commit" ? 2 : 1);
    }

    [Fact]
    public async Task ASaveWithoutAnExplicitTransaction_AlsoQueuesOnTheGate()
    {
        await MigrateAsync();
        await using var holder = Context();
        await using var open = await holder.Database.BeginTransactionAsync();

        // One INSERT would run without a transaction by default and meet SQLite's busy handler instead.
        await using var other = Context(busyTimeoutSeconds: 1);
        other.OpenChannels.Add(new OpenChannel("Single row", Now));

        (await Should.ThrowAsync<SqliteException>(() => other.SaveChangesAsync())).Message.ShouldContain("another write of this process");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task MigrateAsync()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();
    }

    private OpenChannelsDbContext Context(SqliteWriterGate? gate = null, int busyTimeoutSeconds = 30) =>
        new(new DbContextOptionsBuilder<OpenChannelsDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "gate.db")};Default Timeout={busyTimeoutSeconds}")
            .AddInterceptors(new SqlitePragmas(busyTimeoutSeconds), gate ?? _gate)
            .Options);
}
