using OpenChannels.Domain.Conversations;

namespace OpenChannels.Tests.Domain.Conversations;

public sealed class ClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Seen_WithinAMinute_KeepsTheTime_ThenMovesOn()
    {
        var client = new Client(connectorId: 1, tokenHash: "hash", Now);

        client.Seen(Now.AddSeconds(59));
        var withinAMinute = client.LastSeenAt;
        client.Seen(Now.AddMinutes(1));

        withinAMinute.ShouldBe(Now);
        client.LastSeenAt.ShouldBe(Now.AddMinutes(1));
    }
}
