using OpenChannels.Tests.Support;

namespace OpenChannels.Tests.Web.Widget;

/// <summary>A bad setting of the public widget API or of the network stops the start with a message naming the key.</summary>
public sealed class WidgetSettingsTests
{
    [Theory]
    [InlineData("Widget:SessionsPerHour", "0", "Widget:SessionsPerHour must be between 1 and 1000000; it is 0.")]
    [InlineData("Widget:SessionBurst", "0", "Widget:SessionBurst must be between 1 and 1000000; it is 0.")]
    [InlineData("Widget:UploadsPerVisitorPerDay", "0", "Widget:UploadsPerVisitorPerDay must be between 1 and 1000000; it is 0.")]
    [InlineData("Widget:UploadMegabytesPerChannelPerDay", "0", "Widget:UploadMegabytesPerChannelPerDay must be between 1 and 100000000; it is 0.")]
    [InlineData("Storage:MinFreeDiskMegabytes", "-1", "Storage:MinFreeDiskMegabytes must be between 0 and 100000000; it is -1.")]
    [InlineData("Network:KnownProxies:0", "proxy.example", "Network:KnownProxies must list IP addresses (like 10.0.0.2 or fd00::2); \"proxy.example\" is not one.")]
    [InlineData("Network:KnownProxies", "10.0.0.2, 10.0.0.300", "\"10.0.0.300\" is not one.")]
    public void ABadSetting_StopsTheStart_NamingTheKey(string key, string value, string message)
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { [key] = value });

        Should.Throw<InvalidOperationException>(() => app.Services).Message.ShouldContain(message);
    }
}
