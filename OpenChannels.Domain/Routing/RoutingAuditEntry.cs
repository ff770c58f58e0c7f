namespace OpenChannels.Domain.Routing;

/// <summary>
/// The record of one routing decision: why it ran, what came of it, and every candidate with the reason it was
/// skipped. Supervisors read it in the conversation's info panel.
/// </summary>
public sealed class RoutingAuditEntry
{
    private RoutingAuditEntry()
    {
        Candidates = string.Empty;
    }

    public RoutingAuditEntry(int conversationId, RoutingTrigger trigger, RoutingDecision decision, DateTimeOffset at)
    {
        ConversationId = conversationId;
        Trigger = trigger;
        Outcome = decision.Outcome;
        ChosenEmployeeId = decision.ChosenEmployeeId;
        ViaResponsiblePerson = decision.ViaResponsiblePerson;
        ViaPin = decision.ViaPin;
        At = at;
        Candidates = string.Join('\n', decision.Candidates.Select(c => $"{c.EmployeeId}\t{c.Name.Replace('\t', ' ').Replace('\n', ' ')}\t{c.Skipped?.ToString() ?? "Eligible"}"));
    }

    public long Id { get; private set; }

    public int ConversationId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public RoutingTrigger Trigger { get; private set; }

    public RoutingOutcome Outcome { get; private set; }

    public int? ChosenEmployeeId { get; private set; }

    public bool ViaResponsiblePerson { get; private set; }

    /// <summary>M-5: offered to the agent who locked the client's last conversation as theirs.</summary>
    public bool ViaPin { get; private set; }

    /// <summary>One line per candidate: id, name and verdict, tab-separated.</summary>
    public string Candidates { get; private set; }

    public IReadOnlyList<CandidateVerdict> ReadCandidates() =>
        Candidates.Length == 0
            ? []
            : Candidates.Split('\n').Select(line => line.Split('\t')).Select(parts => new CandidateVerdict(
                int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
                parts[1],
                parts[2] == "Eligible" ? null : Enum.Parse<SkipReason>(parts[2]))).ToList();
}
