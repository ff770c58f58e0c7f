// Measures OpenChannels on this machine; see BenchRunner for the scenarios and docs/benchmarks.md for the figures.
return await OpenChannels.Bench.BenchRunner.RunAsync(args, Console.Out);
