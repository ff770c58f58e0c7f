namespace OpenChannels.Tests.Support;

/// <summary>
/// Tests that run the app as its own process (the benchmark's smoke run, the crash test) run one after another: each
/// keeps a core busy on its own. They need no browser of the tests, so they run beside the browser tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppProcessCollection
{
    public const string Name = "App processes";
}
