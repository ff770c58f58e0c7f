namespace OpenChannels.Domain.Departments;

/// <summary>The shape of the department structure: who is under whom, read-only and cheap to build.</summary>
public sealed class DepartmentTree
{
    private readonly Dictionary<int, int?> _parentOf;
    private readonly ILookup<int?, int> _childrenOf;

    public DepartmentTree(IEnumerable<(int Id, int? ParentId)> nodes)
    {
        _parentOf = nodes.ToDictionary(n => n.Id, n => n.ParentId);
        _childrenOf = _parentOf.ToLookup(p => p.Value, p => p.Key);
    }

    /// <summary>True when putting <paramref name="id"/> under <paramref name="newParentId"/> closes a loop.</summary>
    public bool WouldCreateCycle(int id, int newParentId)
    {
        int? current = newParentId;
        var guard = 0;
        while (current is { } node && guard++ <= _parentOf.Count)
        {
            if (node == id)
            {
                return true;
            }

            current = _parentOf.GetValueOrDefault(node);
        }

        return false;
    }

    /// <summary>The department and every department below it.</summary>
    public IReadOnlySet<int> SelfAndDescendants(int id)
    {
        var found = new HashSet<int> { id };
        var pending = new Stack<int>([id]);
        while (pending.TryPop(out var node))
        {
            foreach (var child in _childrenOf[node])
            {
                if (found.Add(child))
                {
                    pending.Push(child);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The department and every department above it, nearest first: the departments whose queue entries or roles reach
    /// a member of <paramref name="id"/>.
    /// </summary>
    public IReadOnlyList<int> SelfAndAncestors(int id)
    {
        var chain = new List<int>();
        for (int? current = id; current is { } node && !chain.Contains(node); current = _parentOf.GetValueOrDefault(node))
        {
            chain.Add(node);
        }

        return chain;
    }

    /// <summary>Depth-first order with each node's depth, siblings ordered by <paramref name="sortKey"/>.</summary>
    public IReadOnlyList<(int Id, int Depth)> Flatten(Func<int, string> sortKey)
    {
        var result = new List<(int, int)>();
        void Visit(int? parent, int depth)
        {
            foreach (var child in _childrenOf[parent].OrderBy(sortKey, StringComparer.CurrentCultureIgnoreCase))
            {
                result.Add((child, depth));
                Visit(child, depth + 1);
            }
        }

        Visit(null, 0);
        return result;
    }
}
