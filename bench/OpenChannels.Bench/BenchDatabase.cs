using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Employees;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;
using OpenChannels.Web.Events;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Identity;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Bench;

/// <summary>A temporary OpenChannels database with the real services on it, seeded fast with prepared inserts.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private static readonly DateTimeOffsetToBinaryConverter Time = new();

    private readonly bool _ownsFolder;

    private BenchDatabase(string folder, ServiceProvider services, bool ownsFolder = true)
    {
        Folder = folder;
        Services = services;
        _ownsFolder = ownsFolder;
    }

    public string Folder { get; }

    public ServiceProvider Services { get; }

    public string DatabasePath => Path.Combine(Folder, "openchannels.db");

    public int ChannelId { get; private set; }

    public IReadOnlyList<int> Agents { get; private set; } = [];

    public static async Task<BenchDatabase> CreateAsync(TimeProvider clock)
    {
        var folder = Directory.CreateTempSubdirectory("openchannels-bench-").FullName;
        var services = Build(Path.Combine(folder, "openchannels.db"), clock);
        await services.MigrateDatabaseAsync();
        return new BenchDatabase(folder, services);
    }

    /// <summary>The database of a running app (another process): the rules hold across processes (decision 0004).</summary>
    public static BenchDatabase Attach(string databasePath, TimeProvider clock) =>
        new(Path.GetDirectoryName(databasePath)!, Build(databasePath, clock), ownsFolder: false);

    private static ServiceProvider Build(string path, TimeProvider clock)
    {
        var writerGate = new SqliteWriterGate(TimeSpan.FromSeconds(30));
        var accessChanges = new AccessDataChanges();
        return new ServiceCollection()
            .AddLogging()
            .AddLocalization()
            .AddSingleton(clock)
            .AddSingleton(accessChanges)
            .AddSingleton<OpenChannels.Web.Features.Access.AccessScopes>()
            .AddDbContextFactory<OpenChannelsDbContext>(o => o.UseSqlite($"Data Source={path};Default Timeout=30").AddInterceptors(new SqlitePragmas(30), writerGate, accessChanges))
            .AddSingleton<AgentFeed>()
            .AddSingleton<ClientFeed>()

            // A second process on the app's files: its writes reach no screen (the app's own events are in-process).
            .AddSingleton<IDomainEventPublisher, InProcessEventPublisher>()
            .AddSingleton<WritePipeline>()
            .AddSingleton(new OpenChannels.Web.Features.CrmLinks.CrmSettings())
            .AddSingleton<OpenChannels.Domain.Crm.IPhoneNumbers, OpenChannels.Web.Features.CrmLinks.PhoneNumberParser>()
            .AddSingleton<OpenChannels.Web.Features.CrmLinks.ChatCrm>()
            .AddSingleton<RoutingService>()
            .AddSingleton<ConversationSweep>()
            .AddSingleton<RoutingSweeps>()
            .AddSingleton<QueueMembership>()
            .AddSingleton<OpenChannels.Web.Features.Consent.ConsentService>()
            .AddSingleton<ConversationQueries>()
            .AddSingleton<OpenChannels.Web.Features.Statistics.ConversationListService>()
            .AddSingleton<SecurityLog>()
            .AddSingleton<ApiTokenService>()
            .AddSingleton<SignInTicketService>()
            .BuildServiceProvider();
    }

    public OpenChannelsDbContext Context() => Services.GetRequiredService<IDbContextFactory<OpenChannelsDbContext>>().CreateDbContext();

    /// <summary>One channel, <paramref name="agents"/> online agents in its queue (Evenly, no limit), its conversations.</summary>
    public async Task SeedAsync(int agents, int open, int unassigned, DateTimeOffset now)
    {
        await using (var db = Context())
        {
            var channel = new OpenChannel("Benchmark", now);
            db.OpenChannels.Add(channel);
            var employees = Enumerable.Range(0, agents).Select(i => new Employee($"Agent{i}", "Bench", $"agent{i}@bench.test", now)).ToList();
            db.Employees.AddRange(employees);
            await db.SaveChangesAsync();
            channel.ReplaceQueue(employees.Select(e => e.Id));
            channel.ChangeQueueSettings(new QueueSettings(DistributionMode.Evenly, TimeSpan.FromMinutes(2), true, false, null, ExcludedFromLimit.None));
            foreach (var (employee, i) in employees.Select((e, i) => (e, i)))
            {
                var agentStatus = new AgentStatus(employee.Id);
                agentStatus.Active(now);
                agentStatus.Assigned(now.AddSeconds(-i));
                db.AgentStatuses.Add(agentStatus);
            }

            db.Connectors.Add(new Connector(ConnectorKind.LiveChat, "Widget", channel.Id, "bench-key"));
            await db.SaveChangesAsync();
            ChannelId = channel.Id;
            Agents = employees.Select(e => e.Id).ToList();
        }

        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var client = connection.CreateCommand();
        client.CommandText = "INSERT INTO Clients (ConnectorId, TokenHash, CreatedAt, LastSeenAt) VALUES (1, $hash, $at, $at)";
        var hash = client.Parameters.Add("$hash", SqliteType.Text);
        client.Parameters.AddWithValue("$at", Time.ConvertToProvider(now));
        var conversation = connection.CreateCommand();
        conversation.CommandText = """
            INSERT INTO Conversations (OpenChannelId, ConnectorId, ClientId, Status, IsOpen, AssignedEmployeeId, IsPinned, CreatedAt,
                AcceptedAt, FirstResponseAt, LastMessageAt, LastMessagePreview, UnreadByAgents)
            VALUES ($channel, 1, last_insert_rowid(), $status, 1, $agent, 0, $at, $accepted, $answered, $at, 'Hello', 1)
            """;
        conversation.Parameters.AddWithValue("$channel", ChannelId);
        var status = conversation.Parameters.Add("$status", SqliteType.Integer);
        var agent = conversation.Parameters.Add("$agent", SqliteType.Integer);
        var accepted = conversation.Parameters.Add("$accepted", SqliteType.Integer);
        var answered = conversation.Parameters.Add("$answered", SqliteType.Integer);
        conversation.Parameters.AddWithValue("$at", Time.ConvertToProvider(now));
        for (var i = 0; i < open + unassigned; i++)
        {
            hash.Value = $"bench-{i:D12}";
            await client.ExecuteNonQueryAsync();
            var held = i < open;
            status.Value = held ? (i % 2 == 0 ? 4 : 2) : 1;
            agent.Value = held ? Agents[i % Agents.Count] : DBNull.Value;
            accepted.Value = held ? Time.ConvertToProvider(now) : DBNull.Value;
            answered.Value = held && i % 2 == 0 ? Time.ConvertToProvider(now) : DBNull.Value;
            await conversation.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>
    /// J-4: every held conversation's deadline falls due at once — answered ones wait for the client, the others
    /// for a first answer — and the channel replies in both cases, so each handled deadline leaves one text.
    /// </summary>
    public async Task MakeDeadlinesDueAsync(DateTimeOffset now)
    {
        await using var db = Context();
        await db.OpenChannels.ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Replies.Timeout.Enabled, true)
            .SetProperty(c => c.Unanswered.Action, UnansweredAction.AutoReply));
        await db.Conversations.Where(c => c.IsOpen && c.AssignedEmployeeId != null && c.FirstResponseAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClientTimeoutDueAt, now));
        await db.Conversations.Where(c => c.IsOpen && c.AssignedEmployeeId != null && c.FirstResponseAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UnansweredDueAt, now));
    }

    /// <summary>Held conversations whose deadline was handled: closed by the client timeout, or marked unanswered.</summary>
    public async Task<int> HandledDeadlinesAsync()
    {
        await using var db = Context();
        return await db.Conversations.CountAsync(c => c.AcceptedAt != null &&
            ((c.FirstResponseAt != null && !c.IsOpen) || (c.FirstResponseAt == null && c.MarkedUnansweredAt != null)));
    }

    public async Task ReplaceQueueAsync(IEnumerable<int> employees)
    {
        await using var db = Context();
        var channel = await db.OpenChannels.SingleAsync(c => c.Id == ChannelId);
        channel.ReplaceQueue(employees);
        await db.SaveChangesAsync();
    }

    public async Task SetLimitAsync(int limit)
    {
        await using var db = Context();
        var channel = await db.OpenChannels.SingleAsync(c => c.Id == ChannelId);
        var s = channel.QueueSettings;
        channel.ChangeQueueSettings(new QueueSettings(s.Mode, s.IdleTime, s.CheckAvailability, s.AlwaysMonitorAvailability, limit, s.ExcludedFromLimit));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
