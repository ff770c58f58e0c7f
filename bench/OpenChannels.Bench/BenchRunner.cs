using System.Diagnostics;
using OpenChannels.Bench.Scenarios;

namespace OpenChannels.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/OpenChannels.Bench -- SCENARIO… [--quick] [--no-write]</c>, with SCENARIO one of
/// ingest (baseline and ingest, same run; <c>--senders N</c> concurrent visitors, 32 by default), deliver, agents, routing, sweeps, list, or all. Each scenario prints a
/// Markdown table; unless --quick or --no-write, the run is appended to docs/benchmarks.md with the command, the date,
/// the commit and the core count. Figures are reported, never asserted.
/// </summary>
public static class BenchRunner
{
    public static readonly string[] Scenarios = ["ingest", "deliver", "agents", "routing", "sweeps", "list"];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var names = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--senders")).ToList();
        var wanted = names.Count == 0 || names.Contains("all") ? Scenarios.ToList() : names;
        if (wanted.FirstOrDefault(n => !Scenarios.Contains(n)) is { } unknown)
        {
            await output.WriteLineAsync($"Unknown scenario \"{unknown}\". Use one or more of: {string.Join(", ", Scenarios)}, all.");
            return 2;
        }

        var quick = args.Contains("--quick");
        var write = !quick && !args.Contains("--no-write");
        var scale = quick ? BenchScale.Quick : BenchScale.Full;
        if (Option(args, "--senders") is { } senders)
        {
            scale = scale with { IngestWorkers = senders };
        }

        var report = new List<string>();
        foreach (var name in wanted)
        {
            await output.WriteLineAsync($"== {name}");
            var started = Stopwatch.StartNew();
            IReadOnlyList<string> section = name switch
            {
                "ingest" => await IngestScenario.RunAsync(scale),
                "deliver" => await DeliverScenario.RunAsync(scale),
                "agents" => await AgentsScenario.RunAsync(scale),
                "routing" => await RoutingScenario.RunAsync(scale),
                "sweeps" => await SweepsScenario.RunAsync(scale),
                _ => await ListScenario.RunAsync(scale),
            };
            foreach (var line in section)
            {
                await output.WriteLineAsync(line);
            }

            await output.WriteLineAsync($"({name} took {started.Elapsed.TotalSeconds:0} s)");
            report.AddRange(section);
        }

        if (write)
        {
            var root = RepositoryRoot();
            var header = $"## {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC · commit {await GitAsync(root, "rev-parse --short HEAD")} · {Environment.ProcessorCount} cores\n\n" +
                $"Command: `dotnet run -c Release --project bench/OpenChannels.Bench -- {string.Join(' ', args)}`\n\n";
            await File.AppendAllTextAsync(Path.Combine(root, "docs", "benchmarks.md"), "\n" + header + string.Join('\n', report) + "\n");
            await output.WriteLineAsync("Appended to docs/benchmarks.md");
        }

        return 0;
    }

    /// <summary>The whole number after a flag (<c>--senders 8</c>), or null.</summary>
    private static int? Option(string[] args, string flag)
    {
        var at = Array.IndexOf(args, flag);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) && value > 0 ? value : null;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenChannels.Blazor.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Run the tool from inside the repository.");
    }

    private static async Task<string> GitAsync(string root, string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments) { WorkingDirectory = root, RedirectStandardOutput = true })!;
            var result = await git.StandardOutput.ReadToEndAsync();
            await git.WaitForExitAsync();
            return result.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
