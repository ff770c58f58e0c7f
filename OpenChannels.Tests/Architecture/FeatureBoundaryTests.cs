using NetArchTest.Rules;

namespace OpenChannels.Tests.Architecture;

/// <summary>
/// A feature may use another (Conversations uses Routing), but never in a circle: then neither can be changed or
/// understood alone. The features are the namespaces under <c>OpenChannels.Web.Features</c>; the root namespace
/// (registration, shared form rules) is the composition root and may see them all.
/// </summary>
public sealed class FeatureBoundaryTests
{
    private const string FeaturesRoot = "OpenChannels.Web.Features";

    // Read once: reading the assembly for each pair of features took most of the test's time.
    private static readonly Types WebTypes = Types.InAssembly(typeof(Program).Assembly);

    [Fact]
    public void Features_DependOnEachOther_WithoutCycles()
    {
        var cycles = Cycles(Graph(FeaturesRoot));

        cycles.ShouldBeEmpty($"Feature cycles: {string.Join("; ", cycles)}");
    }

    [Fact]
    public void CycleCheck_WouldCatchACycle()
    {
        // The host's own top-level folders do form one (Data knows Identity's user, Identity stores through Data):
        // the same check must report it, or the test above proves nothing.
        Cycles(Graph("OpenChannels.Web", ["Data", "Identity"])).ShouldNotBeEmpty();
    }

    private static Dictionary<string, List<string>> Graph(string root, IReadOnlyList<string>? only = null)
    {
        var names = only ?? typeof(Program).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith(root + ".", StringComparison.Ordinal))
            .Select(n => n![(root.Length + 1)..].Split('.')[0])
            .Distinct()
            .ToList();
        return names.ToDictionary(
            from => from,
            from => names.Where(to => to != from && !WebTypes
                    .That().ResideInNamespace($"{root}.{from}")
                    .ShouldNot().HaveDependencyOn($"{root}.{to}")
                    .GetResult().IsSuccessful)
                .ToList());
    }

    /// <summary>Every cycle found by a depth-first walk, written "A → B → A".</summary>
    private static List<string> Cycles(Dictionary<string, List<string>> graph)
    {
        var found = new List<string>();
        var done = new HashSet<string>();
        void Walk(string node, List<string> path)
        {
            if (path.Contains(node))
            {
                found.Add(string.Join(" → ", path.SkipWhile(p => p != node).Append(node)));
                return;
            }

            if (!done.Add(node))
            {
                return;
            }

            foreach (var next in graph[node])
            {
                Walk(next, [.. path, node]);
            }
        }

        foreach (var node in graph.Keys)
        {
            Walk(node, []);
        }

        return found;
    }
}
