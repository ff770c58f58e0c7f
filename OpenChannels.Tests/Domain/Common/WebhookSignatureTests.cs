using OpenChannels.Domain.Common;

namespace OpenChannels.Tests.Domain.Common;

/// <summary>B-1: a webhook bot can tell our events from forged or replayed ones.</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test";
    private const string Body = "{\"type\":\"message.created\"}";
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ASignedEvent_Verifies_WithTheSameSecretAndBody()
    {
        var header = WebhookSignature.Sign(Secret, Now, Body);

        header.ShouldStartWith($"t={Now.ToUnixTimeSeconds()},v1=");
        WebhookSignature.Verify(Secret, header, Body, Now.AddSeconds(3)).ShouldBeTrue();
    }

    [Fact]
    public void AChangedBody_AnotherSecret_OrAMissingHeader_DoNotVerify()
    {
        var header = WebhookSignature.Sign(Secret, Now, Body);

        WebhookSignature.Verify(Secret, header, Body.Replace("created", "deleted"), Now).ShouldBeFalse();
        WebhookSignature.Verify("whsec_other", header, Body, Now).ShouldBeFalse();
        WebhookSignature.Verify(Secret, null, Body, Now).ShouldBeFalse();
        WebhookSignature.Verify(Secret, "t=abc,v1=00", Body, Now).ShouldBeFalse();
    }

    [Fact]
    public void AnOldSignature_IsRefused_OutsideTheReplayWindow()
    {
        var header = WebhookSignature.Sign(Secret, Now, Body);

        WebhookSignature.Verify(Secret, header, Body, Now + WebhookSignature.ReplayWindow).ShouldBeTrue();
        WebhookSignature.Verify(Secret, header, Body, Now + WebhookSignature.ReplayWindow + TimeSpan.FromSeconds(1)).ShouldBeFalse();
        WebhookSignature.Verify(Secret, header, Body, Now - WebhookSignature.ReplayWindow - TimeSpan.FromSeconds(1)).ShouldBeFalse("from the future");
    }
}
