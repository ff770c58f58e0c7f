using OpenChannels.Bench;
using OpenChannels.Tests.Support;

namespace OpenChannels.Tests.Bench;

/// <summary>
/// The benchmark tool's smoke run (--quick): every scenario end to end on tiny numbers — the app as its own process,
/// the baseline server, visitors, the agent stream, Chromium tabs (the tool launches its own Chromium), seeding; the
/// ingest on the default job store and the J-4 burst on every store. It checks that the tool works and that nothing it
/// sent failed; it asserts no timing (figures come from full runs, docs/benchmarks.md).
/// </summary>
[Collection(AppProcessCollection.Name)]
public sealed class BenchSmokeTests
{
    [Fact]
    public async Task QuickRun_OfEveryScenario_CompletesWithoutErrors_AndWritesNothing()
    {
        var figures = Path.Combine(BenchRunner.RepositoryRoot(), "docs", "benchmarks.md");
        var before = File.Exists(figures) ? await File.ReadAllTextAsync(figures) : null;
        var output = new StringWriter();

        var exitCode = await BenchRunner.RunAsync(["all", "--quick"], output);

        var report = output.ToString();
        exitCode.ShouldBe(0, report);
        foreach (var title in new[] { "### Ingest", "### Deliver", "### Agents", "### Routing decision", "### J-1 sweep", "### J-4 burst", "### Conversation list" })
        {
            report.ShouldContain(title);
        }

        report.ShouldNotContain("- error:");
        report.ShouldContain($"- jobs {JobStoreVariant.Default.Name}: throughput");
        foreach (var store in JobStoreVariant.All)
        {
            report.ShouldContain($"| {store.Name} |");
        }

        report.ShouldNotContain("not within 5 min");
        (File.Exists(figures) ? await File.ReadAllTextAsync(figures) : null).ShouldBe(before);
    }

    [Fact]
    public async Task UnknownScenario_IsRefused_WithTheListOfScenarios()
    {
        var output = new StringWriter();

        var exitCode = await BenchRunner.RunAsync(["ingset"], output);

        exitCode.ShouldBe(2);
        output.ToString().ShouldContain("ingest, deliver, agents, routing, sweeps, list");
    }
}
