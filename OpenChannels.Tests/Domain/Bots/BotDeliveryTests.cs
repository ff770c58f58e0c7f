using OpenChannels.Domain.Bots;

namespace OpenChannels.Tests.Domain.Bots;

/// <summary>B-1: a webhook bot's event is retried after growing pauses and given up at the bot's failure limit.</summary>
public sealed class BotDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AFailedAttempt_IsRetriedAfterAGrowingPause_UntilTheLimit()
    {
        var delivery = new BotDelivery(1, 2, 3, "message.created", "{}", Now);
        delivery.NextAttemptAt.ShouldBe(Now);

        delivery.Claim(Now);
        delivery.NextAttemptAt.ShouldBe(Now + BotDelivery.Lease, "claimed: no other runner takes it meanwhile");
        delivery.Failed("500", failureLimit: 3, Now).ShouldBeFalse();
        delivery.NextAttemptAt.ShouldBe(Now + BotDelivery.Backoff[0]);

        delivery.Claim(Now);
        delivery.Failed("500", failureLimit: 3, Now).ShouldBeFalse();
        delivery.NextAttemptAt.ShouldBe(Now + BotDelivery.Backoff[1]);

        delivery.Claim(Now);
        delivery.Failed("timeout", failureLimit: 3, Now).ShouldBeTrue("the third failure is the last one allowed");
        (delivery.IsPending, delivery.NextAttemptAt, delivery.GivenUpAt, delivery.LastError, delivery.Attempts)
            .ShouldBe((false, (DateTimeOffset?)null, (DateTimeOffset?)Now, "timeout", 3));
    }

    [Fact]
    public void ADeliveredEvent_IsNotSentAgain()
    {
        var delivery = new BotDelivery(1, 2, 3, "message.created", "{}", Now);
        delivery.Claim(Now);
        delivery.Delivered(Now);

        (delivery.IsPending, delivery.NextAttemptAt, delivery.DeliveredAt).ShouldBe((false, (DateTimeOffset?)null, (DateTimeOffset?)Now));
    }

    [Fact]
    public void ALongError_IsCut()
    {
        var delivery = new BotDelivery(1, 2, 3, "message.created", "{}", Now);
        delivery.Claim(Now);
        delivery.Failed(new string('x', 2000), 5, Now);

        delivery.LastError!.Length.ShouldBe(BotDelivery.ErrorMaxLength);
    }
}
