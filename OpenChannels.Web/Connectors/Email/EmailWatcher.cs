using System.Collections.Concurrent;
using MailKit;
using MailKit.Net.Imap;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Connectors.Email;

/// <summary>
/// Reads each e-mail connector's INBOX as mail arrives (issue 20). Where the server offers IDLE, one connection stays
/// open and the server tells of a new mail at once; the IDLE is renewed every <see cref="IdleRenewal"/>, well within the
/// 30 minutes after which RFC 2177 lets a server drop an idle client. Without IDLE the mailbox is read every
/// <see cref="EmailSettings.PollSeconds"/>. A failing mailbox shows its error on the connector's health and is tried again
/// after <see cref="RetryPause"/>; the others go on.
/// Every <see cref="Tick"/> the watches follow the connectors: a new or moved one starts, a removed one stops, and one whose
/// servers, sign-in or password changed connects again. <c>Email:WatchMailboxes</c> false turns it off (the tests read
/// mailboxes themselves).
/// </summary>
public sealed class EmailWatcher(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, MailConnections connections, EmailMailboxReader reader,
    IConfiguration configuration, TimeProvider clock, ILogger<EmailWatcher> log) : BackgroundService
{
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan IdleRenewal = TimeSpan.FromMinutes(9);
    public static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<int, Watch> _watches = [];

    /// <summary>The connectors whose mailbox is watched now, and whether the server keeps them told (IDLE).</summary>
    public IReadOnlyDictionary<int, bool> Watching => _watches.ToDictionary(w => w.Key, w => w.Value.Idling);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Email:WatchMailboxes", true))
        {
            return;
        }

        // The cadence is the machine's: a clock moved forward by days (a test's) must not replay every tick.
        using var timer = new PeriodicTimer(Tick);
        try
        {
            do
            {
                try
                {
                    await FollowConnectorsAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database being unavailable for a moment must not stop the host: the next tick tries again.
                    log.LogWarning(e, "Following the e-mail connectors failed; the next tick retries");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            foreach (var id in _watches.Keys)
            {
                await StopAsync(id);
            }
        }
    }

    private async Task FollowConnectorsAsync(CancellationToken stoppingToken)
    {
        Dictionary<int, string> wanted;
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
        {
            wanted = (await db.Connectors.AsNoTracking().Where(c => c.Kind == ConnectorKind.Email && c.OpenChannelId != null)
                .Select(c => new { c.Id, c.Settings, c.ProtectedSecret }).ToListAsync(stoppingToken))
                .ToDictionary(c => c.Id, c => ConnectionKey(c.Settings, c.ProtectedSecret));
        }

        foreach (var (id, watch) in _watches)
        {
            if (!wanted.TryGetValue(id, out var key) || key != watch.Key || watch.Running.IsCompleted)
            {
                await StopAsync(id);
            }
        }

        foreach (var (id, key) in wanted.Where(w => !_watches.ContainsKey(w.Key)))
        {
            var watch = new Watch(key, CancellationTokenSource.CreateLinkedTokenSource(stoppingToken));
            _watches[id] = watch;
            watch.Running = Task.Run(() => WatchAsync(id, watch), CancellationToken.None);
        }
    }

    private async Task StopAsync(int id)
    {
        if (_watches.TryRemove(id, out var watch))
        {
            await watch.Stop.CancelAsync();
            await watch.Running;
            watch.Stop.Dispose();
        }
    }

    /// <summary>What a new connection depends on — the servers, the sign-in, the interval, the password — not the reading position.</summary>
    private static string ConnectionKey(string? settings, string? protectedPassword) =>
        (EmailSettings.Parse(settings) with { UidValidity = null, LastUid = 0 }).ToJson() + "|" + protectedPassword;

    /// <summary>Until stopped: connected and reading, or paused after a failure.</summary>
    private async Task WatchAsync(int connectorId, Watch watch)
    {
        var stop = watch.Stop.Token;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await ReadAsArrivingAsync(connectorId, watch, stop);
                return;
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                watch.Idling = false;
                log.LogWarning(e, "Reading the mailbox of connector {ConnectorId} failed; it is tried again in {Pause}", connectorId, RetryPause);
                await writes.RunAsync(
                    async db =>
                    {
                        var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == connectorId, CancellationToken.None);
                        connector?.Failed("IMAP: " + e.Message, clock.GetUtcNow());
                        return Result.Ok;
                    },
                    CancellationToken.None);
                try
                {
                    await Task.Delay(RetryPause, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Reads at once, then again at each new mail (IDLE) or interval; returns when the connector is gone.</summary>
    private async Task ReadAsArrivingAsync(int connectorId, Watch watch, CancellationToken stop)
    {
        if (await reader.MailboxAsync(connectorId, stop) is not { } mailbox)
        {
            return;
        }

        using var imap = await connections.ImapAsync(mailbox.Settings, mailbox.ProtectedPassword, stop);
        if (!imap.Capabilities.HasFlag(ImapCapabilities.Idle))
        {
            // Each reading then connects anew: a connection left silent between polls would be dropped by the server.
            await imap.DisconnectAsync(quit: true, stop);
            while (true)
            {
                await reader.ReadAsync(connectorId, stop);
                await Task.Delay(TimeSpan.FromSeconds(mailbox.Settings.PollSeconds), stop);
            }
        }

        var inbox = imap.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadWrite, stop);
        var arrival = new MailArrival();
        inbox.CountChanged += arrival.CountChanged;
        try
        {
            while (true)
            {
                arrival.Reset();
                await reader.ReadOpenAsync(connectorId, inbox, stop);
                watch.Idling = true;
                await arrival.IdleAsync(imap, IdleRenewal, stop);
            }
        }
        finally
        {
            inbox.CountChanged -= arrival.CountChanged;
        }
    }

    private sealed class Watch(string key, CancellationTokenSource stop)
    {
        public string Key { get; } = key;

        public CancellationTokenSource Stop { get; } = stop;

        public Task Running { get; set; } = Task.CompletedTask;

        public volatile bool Idling;
    }

    /// <summary>
    /// The server's count change ends the IDLE. One that comes during a reading (the server says so in its answers) makes
    /// the next reading start at once, so no mail waits for the IDLE's renewal.
    /// </summary>
    private sealed class MailArrival
    {
        private CancellationTokenSource? _done;
        private int _arrived;

        public void Reset() => Interlocked.Exchange(ref _arrived, 0);

        public void CountChanged(object? sender, EventArgs e)
        {
            Interlocked.Exchange(ref _arrived, 1);
            _done?.Cancel();
        }

        public async Task IdleAsync(ImapClient imap, TimeSpan renewal, CancellationToken stop)
        {
            using var done = new CancellationTokenSource(renewal);
            _done = done;
            try
            {
                if (Volatile.Read(ref _arrived) == 0)
                {
                    await imap.IdleAsync(done.Token, stop);
                }
            }
            finally
            {
                _done = null;
            }
        }
    }
}
