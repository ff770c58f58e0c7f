namespace OpenChannels.Domain.Routing;

/// <summary>
/// Q-2…Q-11: picks the agent for a conversation from its queue (already expanded, in order). Pure: the caller
/// reads the snapshots and applies the decision in one write transaction, so the limit cannot be overrun.
/// </summary>
public static class Router
{
    /// <param name="queue">The queue in order, departments expanded, each agent once.</param>
    /// <param name="previous">The agent who had it and did not accept in time (an idle transfer), if any.</param>
    /// <param name="responsible">Q-9: the client's responsible person, when one is known (may be outside the queue).</param>
    /// <param name="lockedBy">
    /// M-5: the agent who locked the client's last conversation in this channel as theirs; they get it first when
    /// available under the queue's rules, and it stays locked to them.
    /// </param>
    public static RoutingDecision Decide(
        QueueSettings settings,
        IReadOnlyList<AgentSnapshot> queue,
        DateTimeOffset now,
        int? previous = null,
        AgentSnapshot? responsible = null,
        AgentSnapshot? lockedBy = null)
    {
        if (lockedBy is not null && previous != lockedBy.EmployeeId && Availability.Check(lockedBy, settings, now) is null)
        {
            return new RoutingDecision(RoutingOutcome.Offered, lockedBy.EmployeeId, ViaResponsiblePerson: false,
                [new CandidateVerdict(lockedBy.EmployeeId, lockedBy.Name, null)], ViaPin: true);
        }

        if (responsible is not null && previous != responsible.EmployeeId)
        {
            var verdict = Availability.Check(responsible, settings, now, forResponsiblePerson: true);
            if (verdict is null)
            {
                return new RoutingDecision(RoutingOutcome.Offered, responsible.EmployeeId, ViaResponsiblePerson: true,
                    [new CandidateVerdict(responsible.EmployeeId, responsible.Name, null)]);
            }
        }

        var verdicts = queue
            .Select(agent => new CandidateVerdict(
                agent.EmployeeId,
                agent.Name,
                agent.EmployeeId == previous ? SkipReason.DidNotAccept : Availability.Check(agent, settings, now)))
            .ToList();
        var eligible = verdicts.Where(v => v.Skipped is null).Select(v => v.EmployeeId).ToHashSet();

        // The one who let it go by gets it again only when nobody else can: better late than never.
        if (eligible.Count == 0 && previous is { } again && queue.FirstOrDefault(a => a.EmployeeId == again) is { } alone
            && Availability.Check(alone, settings, now) is null)
        {
            eligible.Add(again);
            verdicts = verdicts.Select(v => v.EmployeeId == again ? v with { Skipped = null } : v).ToList();
        }

        if (eligible.Count == 0)
        {
            return new RoutingDecision(RoutingOutcome.NoAgentAvailable, null, false, verdicts);
        }

        if (settings.Mode == DistributionMode.ToAll)
        {
            return new RoutingDecision(RoutingOutcome.OfferedToAll, null, false, verdicts);
        }

        var chosen = settings.Mode == DistributionMode.StrictlyInOrder
            ? NextInOrder(queue, eligible, previous)
            : queue.Where(a => eligible.Contains(a.EmployeeId))
                .OrderBy(a => a.LastAssignedAt ?? DateTimeOffset.MinValue)
                .ThenBy(a => IndexOf(queue, a.EmployeeId))
                .First().EmployeeId;

        return new RoutingDecision(
            RoutingOutcome.Offered,
            chosen,
            false,
            verdicts.Select(v => v.Skipped is null && v.EmployeeId != chosen ? v with { Skipped = SkipReason.NotChosen } : v).ToList());
    }

    /// <summary>The first eligible agent after the previous one in queue order, wrapping to the top .</summary>
    private static int NextInOrder(IReadOnlyList<AgentSnapshot> queue, IReadOnlySet<int> eligible, int? previous)
    {
        var start = previous is { } p && IndexOf(queue, p) is var at and >= 0 ? at + 1 : 0;
        for (var i = 0; i < queue.Count; i++)
        {
            var agent = queue[(start + i) % queue.Count];
            if (eligible.Contains(agent.EmployeeId))
            {
                return agent.EmployeeId;
            }
        }

        throw new InvalidOperationException("No eligible agent, although one was counted.");
    }

    private static int IndexOf(IReadOnlyList<AgentSnapshot> queue, int employeeId)
    {
        for (var i = 0; i < queue.Count; i++)
        {
            if (queue[i].EmployeeId == employeeId)
            {
                return i;
            }
        }

        return -1;
    }
}
