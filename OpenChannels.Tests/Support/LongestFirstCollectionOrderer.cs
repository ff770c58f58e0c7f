using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("OpenChannels.Tests.Support.LongestFirstCollectionOrderer", "OpenChannels.Tests")]

namespace OpenChannels.Tests.Support;

/// <summary>
/// xunit runs as many test collections at a time as there are cores, starting them in this order. The browser tests
/// are one long collection that runs serially, and the app-process tests the next longest: left where xunit's own order
/// put them, one core still ran them minutes after the rest had finished. Started first, they run beside the short
/// collections, which fill the other core; those keep xunit's order.
/// </summary>
public sealed class LongestFirstCollectionOrderer : ITestCollectionOrderer
{
    private static readonly string[] First = [BrowserCollection.Name, AppProcessCollection.Name];

    private readonly DefaultTestCollectionOrderer _default = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        _default.OrderTestCollections(testCollections)
            .OrderBy(collection => Array.IndexOf(First, collection.DisplayName) is var at and >= 0 ? at : First.Length);
}
