using OpenChannels.Tests.Support;

namespace OpenChannels.Tests.Web.Bots;

/// <summary>The operator's webhook-bot settings are checked at start: a bad value stops it with a message naming the key.</summary>
public sealed class BotSettingsTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("61")]
    public void ABadTimeout_StopsTheStart(string seconds)
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Bots:TimeoutSeconds"] = seconds });

        Should.Throw<InvalidOperationException>(() => app.Services).Message
            .ShouldContain($"Bots:TimeoutSeconds must be between 1 and 60; it is {seconds}.");
    }
}
