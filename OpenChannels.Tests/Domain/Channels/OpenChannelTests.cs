using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;

namespace OpenChannels.Tests.Domain.Channels;

public sealed class OpenChannelTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_IsActiveWithTheTrimmedName()
    {
        var channel = new OpenChannel("  Website support ", Now);

        channel.Name.ShouldBe("Website support");
        channel.IsActive.ShouldBeTrue();
        channel.CreatedAt.ShouldBe(Now);
    }

    [Fact]
    public void Deactivate_ThenActivate_TogglesActive()
    {
        var channel = new OpenChannel("Support", Now);

        channel.Deactivate();
        channel.IsActive.ShouldBeFalse();
        channel.Activate();
        channel.IsActive.ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rename_ToNothing_IsRefusedAndKeepsTheName(string name)
    {
        var channel = new OpenChannel("Support", Now);

        Should.Throw<DomainRuleViolated>(() => channel.Rename(name)).Message.ShouldBe("Name is required.");
        channel.Name.ShouldBe("Support");
    }

    [Fact]
    public void Connector_OfUnknownKind_IsRefused()
    {
        Should.Throw<DomainRuleViolated>(() => new Connector((ConnectorKind)99, "Widget", 1, "key"));
    }

    [Fact]
    public void Connector_AttachesToOneChannelAtATime()
    {
        var connector = new Connector(ConnectorKind.LiveChat, "Website widget", openChannelId: 1, publicKey: "key");

        connector.AttachTo(2);
        connector.OpenChannelId.ShouldBe(2);
        connector.Detach();
        connector.OpenChannelId.ShouldBeNull();
    }
}
