using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Outbound;

namespace OpenChannels.Tests.Domain.Outbound;

/// <summary>CH-1's outbox rules: growing pauses with jitter, a receiver's own wait, 24 hours, and a replay.</summary>
public sealed class OutboundDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(10, 3600)]
    [InlineData(50, 3600)]
    public void ThePause_DoublesUpToAnHour(int attempts, double seconds) =>
        RetrySchedule.PauseAfter(attempts, jitter: 0.5).TotalSeconds.ShouldBe(seconds, tolerance: 0.001);

    [Fact]
    public void TheJitter_MovesThePause_ByAtMostAFifth()
    {
        RetrySchedule.PauseAfter(1, 0).TotalSeconds.ShouldBe(8, tolerance: 0.001);
        RetrySchedule.PauseAfter(1, 0.999999).TotalSeconds.ShouldBe(12, tolerance: 0.001);
    }

    [Fact]
    public void AFailure_WaitsTheSchedulesPause_OrTheReceiversOwn()
    {
        var delivery = New();
        delivery.Claim(Now);
        delivery.Failed("500", 500, retryAfter: null, permanent: false, jitter: 0.5, Now).ShouldBeFalse();
        delivery.NextAttemptAt.ShouldBe(Now + TimeSpan.FromSeconds(10));

        delivery.Claim(Now);
        delivery.Failed("429", 429, TimeSpan.FromMinutes(3), permanent: false, jitter: 0.5, Now).ShouldBeFalse();
        delivery.NextAttemptAt.ShouldBe(Now + TimeSpan.FromMinutes(3));
        delivery.LastStatus.ShouldBe(429);
    }

    [Fact]
    public void AnEvent_IsGivenUp_WhenTheNextTryWouldFallAfter24Hours_AndAReplayStartsTheDayAgain()
    {
        var delivery = New();
        delivery.Claim(Now);
        delivery.Failed("500", 500, null, false, 0.5, Now + TimeSpan.FromHours(24) - TimeSpan.FromSeconds(5)).ShouldBeTrue();
        (delivery.IsPending, delivery.GivenUpAt).ShouldBe((false, Now + TimeSpan.FromHours(24) - TimeSpan.FromSeconds(5)));

        delivery.Replay(Now + TimeSpan.FromHours(30));

        (delivery.IsPending, delivery.GivenUpAt, delivery.Attempts, delivery.EventId).ShouldBe((true, (DateTimeOffset?)null, 0, "evt_1"));
        delivery.Claim(Now + TimeSpan.FromHours(30));
        delivery.Failed("500", 500, null, false, 0.5, Now + TimeSpan.FromHours(30)).ShouldBeFalse();
    }

    [Fact]
    public void APermanentFailure_IsGivenUpAtOnce()
    {
        var delivery = New();
        delivery.Claim(Now);
        delivery.Failed("No sender", null, null, permanent: true, 0.5, Now).ShouldBeTrue();
    }

    [Fact]
    public void ADisabledConnector_RemembersSinceWhen_UntilEnabled()
    {
        var connector = new Connector(ConnectorKind.Api, "Shop", 1, "key");
        connector.Disable("Back soon", Now);
        connector.Disable("Back very soon", Now.AddHours(1));
        (connector.IsEnabled, connector.DisabledAt, connector.PausedReply).ShouldBe((false, (DateTimeOffset?)Now, "Back very soon"));

        connector.Enable();

        (connector.IsEnabled, connector.DisabledAt).ShouldBe((true, (DateTimeOffset?)null));
    }

    [Theory]
    [InlineData("ftp://example.test/hook")]
    [InlineData("example.test/hook")]
    [InlineData("https://user:secret@example.test/hook")]
    public void AWebhookAddress_IsAnHttpAddressWithoutCredentials(string url) =>
        Should.Throw<DomainRuleViolated>(() => WebhookAddress.Normalize(url, "Url")).Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("Url");

    [Fact]
    public void AWebhook_SendsOnlyTheEventsChosen_AndNoneWhileDisabled()
    {
        var hook = new ChannelWebhook(1, "Warehouse", "https://example.test/hook", WebhookEvents.ConversationClosed, "protected", Now);
        (hook.Wants(WebhookEvents.ConversationClosed), hook.Wants(WebhookEvents.MessageCreated)).ShouldBe((true, false));

        hook.Change("Warehouse", "https://example.test/hook", WebhookEvents.ConversationClosed, enabled: false);

        hook.Wants(WebhookEvents.ConversationClosed).ShouldBeFalse();
        Should.Throw<DomainRuleViolated>(() => hook.Change("Warehouse", "https://example.test/hook", WebhookEvents.None, true));
    }

    private static OutboundDelivery New() => new(OutboundTarget.Connector, 1, 1, "evt_1", "message.created", "{}", Now);
}
