using OpenChannels.Tests.Support;

namespace OpenChannels.Tests.Web.Connectors.Telegram;

/// <summary>Issue 20: with polling on, the app polls each bot in polling mode by itself, on a loop of its own.</summary>
public sealed class TelegramPollerTests : TelegramTest
{
    protected override bool PollingEnabled => true;

    [Fact]
    public async Task ABotAddedWhileTheAppRuns_IsPolled_AndItsClientsMessagesArrive()
    {
        Api.ClientWrites(Chat, "Anyone there?");

        // The poller looks for new bots every 10 s.
        App.Clock.Advance(TimeSpan.FromSeconds(10));

        var messages = await Eventually.ReachAsync(ClientMessagesAsync, m => m.Count == 1, "the client's message polled in the background");
        messages.Single().Text.ShouldBe("Anyone there?");
        Api.CallsOf("getUpdates").First()["timeout"].ShouldBe("0");
    }
}
