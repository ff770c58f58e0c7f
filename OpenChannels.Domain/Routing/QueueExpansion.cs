namespace OpenChannels.Domain.Routing;

/// <summary>Q-1: a queue of employees and departments becomes a list of agents, in order, each once.</summary>
public static class QueueExpansion
{
    /// <param name="entries">The queue in order: an employee, or a department.</param>
    /// <param name="membersOf">A department's current members (sub-departments included), in display order.</param>
    public static IReadOnlyList<int> Expand(IEnumerable<(int? EmployeeId, int? DepartmentId)> entries, Func<int, IEnumerable<int>> membersOf)
    {
        var seen = new HashSet<int>();
        var agents = new List<int>();
        foreach (var (employeeId, departmentId) in entries)
        {
            var ids = employeeId is { } e ? [e] : departmentId is { } d ? membersOf(d) : [];
            agents.AddRange(ids.Where(seen.Add));
        }

        return agents;
    }
}
