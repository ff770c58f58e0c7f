using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace OpenChannels.Tests.Support;

/// <summary>
/// WCAG 2.2 AA as axe checks it: no serious or critical violation on what the page shows now. axe-core is put into a
/// document once and run there directly, which takes a few hundred milliseconds a screen; the Playwright wrapper
/// injected it twice per check and finished each run in a new blank page, ten times slower. Our pages have no frames,
/// and open shadow roots (the live chat) are checked either way.
/// </summary>
public static class AxeCheck
{
    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly string[] Wcag22AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private const string RunAxe = """
        async tags => {
            // What a person sees at rest: a tab's colour or a ripple still fading in would be measured half-way. Endless
            // animations (a spinner) are left running, and a stuck one cannot hold the check for more than 5 s.
            const settling = document.getAnimations().filter(a => a.effect?.getComputedTiming().endTime !== Infinity);
            const settled = Promise.all(settling.map(a => a.finished.catch(() => null)));
            await Promise.race([settled, new Promise(resolve => setTimeout(resolve, 5000))]);
            const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 6).map(n => n.html).join(' | ')}`);
        }
        """;

    /// <summary>The serious and critical violations on the page, one line each with up to six of the elements.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync($"() => {{ {Script.Value}\n}}");
        }

        return await page.EvaluateAsync<string[]>(RunAxe, Wcag22AA);
    }

    public static async Task ShouldPassAxeAsync(this IPage page, string where) =>
        (await page.SeriousViolationsAsync()).ShouldBeEmpty($"axe on {where}");
}
