using System.Text.RegularExpressions;
using OpenChannels.Bench;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Tests.Web.Widget;

/// <summary>The widget script listens for exactly the event names the server sends.</summary>
public sealed partial class ClientEventNamesTests
{
    [Fact]
    public void WidgetScript_DeclaresTheServersEventNames()
    {
        var script = File.ReadAllText(Path.Combine(BenchRunner.RepositoryRoot(), "OpenChannels.Web", "wwwroot", "widget", "openchannels-widget.js"));

        var declared = EventsConstant().Match(script);

        declared.Success.ShouldBeTrue("the widget declares its event names in one EVENTS constant");
        NameInQuotes().Matches(declared.Groups[1].Value).Select(m => m.Groups[1].Value).ShouldBe(ClientEventNames.All, ignoreOrder: true);
    }

    [GeneratedRegex(@"const EVENTS = Object\.freeze\(\{([^}]*)\}\)")]
    private static partial Regex EventsConstant();

    [GeneratedRegex(@":\s*'([^']+)'")]
    private static partial Regex NameInQuotes();
}
