using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors;
using OpenChannels.Web.Connectors.Telegram;
using OpenChannels.Web.Features.Channels;

namespace OpenChannels.Tests.Web.Connectors.Telegram;

/// <summary>The app on a real SQLite file with a Telegram bot on its channel, talking to a fake Bot API server on loopback.</summary>
public abstract class TelegramTest : IAsyncLifetime
{
    protected const long Chat = 4242;

    protected FakeTelegramApi Api { get; private set; } = default!;

    protected TestApp App { get; set; } = default!;

    protected Scenario Scenario { get; private set; } = default!;

    protected int ConnectorId { get; private set; }

    /// <summary>How the bot is added; null leaves it to the test.</summary>
    protected virtual TelegramMode? Mode => TelegramMode.Polling;

    /// <summary>The app's public address (Telegram:PublicUrl); none by default, as behind NAT.</summary>
    protected virtual string? PublicUrl => null;

    /// <summary>Whether the app polls in the background; off, the test polls (<see cref="PollAsync"/>).</summary>
    protected virtual bool PollingEnabled => false;

    public virtual async Task InitializeAsync()
    {
        Api = await FakeTelegramApi.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Telegram:ApiBaseUrl"] = Api.BaseUrl.ToString(),
            ["Telegram:PollingEnabled"] = PollingEnabled ? "true" : "false",
            ["Telegram:PollSeconds"] = "0",
        };
        if (PublicUrl is { } url)
        {
            settings["Telegram:PublicUrl"] = url;
        }

        App = new TestApp(settings: settings);
        Scenario = await Scenario.CreateAsync(App, "Website");
        if (Mode is { } mode)
        {
            ConnectorId = (await App.Get<ConnectorService>().AddTelegramAsync(Scenario.ChannelId, "Shop bot", FakeTelegramApi.Token, mode)).ShouldSucceed();
        }
    }

    public async Task DisposeAsync()
    {
        App.Dispose();
        await Api.DisposeAsync();
    }

    protected Task<int> PollAsync() => App.Get<TelegramPolling>().PollAsync(ConnectorId, TimeSpan.Zero);

    protected Task<int> DeliverAsync() => App.Get<OutboundDispatcher>().DeliverDueAsync();

    protected Task<List<Message>> ClientMessagesAsync() =>
        App.QueryAsync(db => db.Messages.AsNoTracking().Where(m => m.Kind == MessageKind.Client).OrderBy(m => m.Id).ToListAsync());

    protected async Task<TelegramSettings> SettingsAsync() =>
        TelegramSettings.Read(await App.QueryAsync(db => db.Connectors.Where(c => c.Id == ConnectorId).Select(c => c.Settings).SingleAsync()));
}
