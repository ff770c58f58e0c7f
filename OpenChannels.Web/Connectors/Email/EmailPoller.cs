using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Connectors.Email;

/// <summary>
/// Checks every e-mail connector's mailbox at its own interval (<see cref="EmailSettings.PollSeconds"/>, 30 s by
/// default). A failing mailbox shows its error on the connector's health and is tried again at its next turn; the
/// others go on. <c>Email:PollingEnabled</c> false turns it off (the tests read mailboxes themselves).
/// </summary>
public sealed class EmailPoller(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, EmailMailboxReader reader, IConfiguration configuration,
    TimeProvider clock, ILogger<EmailPoller> log) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);

    private readonly Dictionary<int, DateTimeOffset> _due = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Email:PollingEnabled", true))
        {
            return;
        }

        // The cadence is the machine's: a clock moved forward by days (a test's) must not replay every 5-second tick.
        using var timer = new PeriodicTimer(Tick);
        try
        {
            do
            {
                try
                {
                    await PollDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database being unavailable for a moment must not stop the host: the next tick tries again.
                    log.LogWarning(e, "Checking the mailboxes failed; the next tick retries");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task PollDueAsync(CancellationToken stoppingToken)
    {
        List<(int Id, string? Settings)> mailboxes;
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
        {
            mailboxes = (await db.Connectors.AsNoTracking().Where(c => c.Kind == ConnectorKind.Email && c.OpenChannelId != null)
                .Select(c => new { c.Id, c.Settings }).ToListAsync(stoppingToken)).Select(c => (c.Id, c.Settings)).ToList();
        }

        foreach (var (id, settings) in mailboxes)
        {
            var now = clock.GetUtcNow();
            if (_due.TryGetValue(id, out var due) && due > now)
            {
                continue;
            }

            _due[id] = now + TimeSpan.FromSeconds(EmailSettings.Parse(settings).PollSeconds);
            try
            {
                await reader.ReadAsync(id, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "Reading the mailbox of connector {ConnectorId} failed", id);
                await writes.RunAsync(
                    async db =>
                    {
                        var connector = await db.Connectors.FirstAsync(c => c.Id == id, stoppingToken);
                        connector.Failed("IMAP: " + e.Message, clock.GetUtcNow());
                        return Domain.Common.Result.Ok;
                    },
                    CancellationToken.None);
            }
        }
    }
}
