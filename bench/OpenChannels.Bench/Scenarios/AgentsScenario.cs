using System.Diagnostics;
using Microsoft.Playwright;
using OpenChannels.Web.Identity;

namespace OpenChannels.Bench.Scenarios;

/// <summary>
/// Server memory per connected, idle agent: N Contact center tabs (one Blazor circuit each) in a real Chromium,
/// signed in as an agent, and how long a new client message takes to show in all of them at each N.
/// </summary>
public static class AgentsScenario
{
    public static async Task<IReadOnlyList<string>> RunAsync(BenchScale scale)
    {
        await using var app = await AppProcess.StartAsync();
        await using var world = await AppWorld.SeedAsync(app);
        using var http = WidgetClient.NewHttp(app.Address, 4);
        var widget = new WidgetClient(http, AppWorld.Key);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OPENCHANNELS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString() });
        context.SetDefaultTimeout(60_000);
        var signIn = await context.NewPageAsync();
        const string browserNonce = "bench-browser-nonce";
        await context.AddCookiesAsync([new Cookie { Name = SignInBrowserBinding.CookieName, Value = browserNonce, Url = app.Address.ToString() }]);
        await signIn.GotoAsync($"/account/complete-sign-in?ticket={Uri.EscapeDataString(await world.AdminSignInTicketAsync(browserNonce))}");

        // Warm-up: one circuit that sees one live update, then closes, so the measured tabs do not pay for start-up work.
        var visitor = await widget.NewVisitorAsync();
        await OpenContactCenterAsync(signIn);
        await widget.SendAsync(visitor, "Warm-up question");
        await signIn.GetByText("Warm-up question").First.WaitForAsync();
        await signIn.GotoAsync("about:blank");
        await Task.Delay(scale.Settle);
        var heapBefore = await app.LiveHeapBytesAsync();
        var before = app.ResidentBytes();
        var (previousCircuits, previousHeap) = (0, heapBefore);

        var pages = new List<IPage>();
        var rows = new List<string>();
        foreach (var circuits in scale.AgentCircuits)
        {
            while (pages.Count < circuits)
            {
                var page = await context.NewPageAsync();
                await OpenContactCenterAsync(page);
                pages.Add(page);
            }

            await Task.Delay(scale.Settle);
            var dump = circuits == scale.AgentCircuits[^1] ? Environment.GetEnvironmentVariable("OPENCHANNELS_BENCH_GCDUMP") : null;
            var heap = await app.LiveHeapBytesAsync(dump);
            var resident = app.ResidentBytes(); // after the full collection the dump forced: no garbage waiting to be collected
            var text = $"Question {circuits} {Guid.NewGuid():N}";

            // Each tab notes the moment the text enters its page (a DOM observer, not Playwright's polling); the clock is
            // the machine's, shared by this process and the browser.
            await Task.WhenAll(pages.Select(p => p.EvaluateAsync(WatchFor, text)));
            var sentAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var (error, _) = await widget.SendAsync(visitor, text);
            var latencies = new Percentiles();
            // Bounded: a tab that never shows the text fails the run instead of waiting for ever.
            var shown = await Task.WhenAll(pages.Select(p => p.EvaluateAsync<double>("() => window.__openChannelsBenchSeen"))).WaitAsync(TimeSpan.FromSeconds(60));
            foreach (var shownAt in shown)
            {
                latencies.Add(shownAt - sentAt);
            }

            rows.Add($"| {circuits} | {resident / 1024.0 / 1024:0} | {(resident - before) / 1024.0 / circuits:0} | {heap / 1024.0 / 1024:0.0} | " +
                $"{(heap - heapBefore) / 1024.0 / circuits:0} | {(heap - previousHeap) / 1024.0 / (circuits - previousCircuits):0} | {latencies.P(0):0} | {latencies.P(50):0} | {latencies.P(100):0} | {(error is null ? 0 : 1)} |");
            (previousCircuits, previousHeap) = (circuits, heap);
        }

        return
        [
            $"### Agents — memory per idle Contact center circuit, and live-update latency",
            "",
            $"The app runs as its own process (Production settings); each tab is a real Chromium page on `/contact-center`, signed in, idle. " +
            $"Before the first tab: resident {before / 1024.0 / 1024:0} MB, live managed heap {heapBefore / 1024.0 / 1024:0.0} MB. " +
            "*Live heap* is what survives a full collection (dotnet-gcdump); *resident* (read after that collection) also counts what the GC keeps committed for reuse and native memory. " +
            "The update is timed from a client's send until the new conversation shows in a tab: the first tab says how " +
            "soon the server pushes, the last how long one Chromium on the same cores takes to lay out every tab.",
            "",
            "| tabs (circuits) | resident MB | resident growth per circuit KB | live heap MB | live growth per circuit KB | live growth per added circuit KB | update first tab ms | update p50 ms | update last tab ms | send errors |",
            "|---|---|---|---|---|---|---|---|---|---|",
            .. rows,
            "",
            "Target: ≤ 600 KB per idle agent circuit.",
            "",
        ];
    }

    private const string WatchFor = """
        text => {
            window.__openChannelsBenchSeen = new Promise(resolve => {
                const check = () => document.body.innerText.includes(text);
                const observer = new MutationObserver(() => { if (check()) { observer.disconnect(); resolve(Date.now()); } });
                observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            });
        }
        """;

    private static async Task OpenContactCenterAsync(IPage page)
    {
        await page.GotoAsync("/contact-center");
        await page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
    }
}
