namespace OpenChannels.Bench;

/// <summary>Measures OpenChannels on this machine; see <see cref="BenchRunner"/> for the scenarios and docs/benchmarks.md for the figures.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => BenchRunner.RunAsync(args, Console.Out);
}
