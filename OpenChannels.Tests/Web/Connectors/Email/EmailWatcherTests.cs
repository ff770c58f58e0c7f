using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors.Email;
using OpenChannels.Web.Features.Channels;

namespace OpenChannels.Tests.Web.Connectors.Email;

/// <summary>
/// Issue 20: the app watches each mailbox itself — with IMAP IDLE against smtp4dev, which offers it, so a mail is read
/// when it arrives rather than at the connector's interval (an hour here) — and follows the connectors as they change.
/// The watcher runs on the machine's clock, so these tests wait for what it does, within bounds.
/// </summary>
public sealed class EmailWatcherTests(TestMailServer server) : IClassFixture<TestMailServer>, IAsyncLifetime
{
    private const string Support = "support@shop.example";

    private readonly string _address = $"ann.{Guid.NewGuid():N}@example.com";
    private readonly TestApp _app = new(settings: new Dictionary<string, string> { ["Email:WatchMailboxes"] = "true" });
    private readonly MailClientSteps _client = new(server);
    private Scenario _scenario = default!;

    private EmailWatcher Watcher => _app.Get<EmailWatcher>();

    private ConnectorService Connectors => _app.Get<ConnectorService>();

    public async Task InitializeAsync() => _scenario = await Scenario.CreateAsync(_app, "Support");

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ANewMail_IsReadWhenItArrives_ByIdle_NotAtTheHourlyInterval()
    {
        var id = (await Connectors.AddEmailAsync(_scenario.ChannelId, "Support mailbox", Form(imapPort: server.ImapPort))).ShouldSucceed();
        await Eventually.ReachAsync(() => Task.FromResult(Watcher.Watching), w => w.GetValueOrDefault(id), "the mailbox is watched with IDLE");

        await _client.SendAsync(MailClientSteps.Mail(_address, Support, "Order 42", "Where is my parcel?"));

        var message = await Eventually.ReachAsync(
            () => _app.QueryAsync(db => db.Messages.Where(m => m.Kind == MessageKind.Client).Select(m => m.Text).FirstOrDefaultAsync()),
            text => text is not null, "the mail is read as it arrives", TimeSpan.FromSeconds(60));
        message.ShouldBe("Where is my parcel?");
        Watcher.Watching[id].ShouldBeTrue("idling again, for the next mail");
    }

    [Fact]
    public async Task AMailboxThatCannotBeReached_ShowsItsError_AndItsCorrectedServer_IsWatched()
    {
        var id = (await Connectors.AddEmailAsync(_scenario.ChannelId, "Support mailbox", Form(imapPort: TestMailServer.FreePort()))).ShouldSucceed();

        var error = await Eventually.ReachAsync(
            () => _app.QueryAsync(db => db.Connectors.Where(c => c.Id == id).Select(c => c.LastError).SingleAsync()),
            e => e is not null, "the failure is on the connector's health");
        error.ShouldStartWith("IMAP:");

        (await Connectors.ChangeEmailAsync(id, "Support mailbox", Form(imapPort: server.ImapPort, password: string.Empty))).ShouldSucceed();
        await Eventually.ReachAsync(() => Task.FromResult(Watcher.Watching), w => w.GetValueOrDefault(id), "the corrected server is watched");
    }

    [Fact]
    public async Task ARemovedConnector_IsNoLongerWatched()
    {
        var id = (await Connectors.AddEmailAsync(_scenario.ChannelId, "Support mailbox", Form(imapPort: server.ImapPort))).ShouldSucceed();
        await Eventually.ReachAsync(() => Task.FromResult(Watcher.Watching), w => w.ContainsKey(id), "the mailbox is watched");

        (await Connectors.DetachAsync(id)).ShouldSucceed();

        await Eventually.ReachAsync(() => Task.FromResult(Watcher.Watching), w => !w.ContainsKey(id), "the removed connector's watch stops");
    }

    private EmailConnectorForm Form(int imapPort, string password = "mailbox-pass")
    {
        var form = server.ConnectorForm(Support);
        (form.ImapPort, form.Password, form.PollSeconds) = (imapPort, password, 3600);
        return form;
    }
}
