using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>
/// K-1, K-2 (the KPI tab): how fast the channel's agents should answer — the client's first message, and each later
/// one — and whom to tell when an answer is late, with a text whose <c>#OPERATOR#</c> and <c>#DIALOG#</c> name the
/// responsible agent and the conversation. "Count only working hours" leaves the time outside them out of the clock.
/// </summary>
public sealed record KpiPolicy
{
    public const string OperatorPlaceholder = "#OPERATOR#";
    public const string DialogPlaceholder = "#DIALOG#";

    /// <summary>A target from one minute to one day.</summary>
    public static readonly MinutesRange TargetRange = new(1, 24 * 60, "1 minute and 1 day");

    public static readonly KpiPolicy None = new();

    private KpiPolicy()
    {
        NotifyEmployeeIds = [];
    }

    public KpiPolicy(
        TimeSpan? initialTarget,
        TimeSpan? subsequentTarget,
        bool workingHoursOnly,
        bool notify,
        IEnumerable<int> notifyEmployeeIds,
        bool notifyHolder,
        string? text)
    {
        foreach (var (target, field) in new[] { (initialTarget, "InitialTarget"), (subsequentTarget, "SubsequentTarget") })
        {
            if (target is { } time && !TargetRange.Contains(time))
            {
                throw new DomainRuleViolated(new InvalidInput(field, "A response time target must be between {0}.", TargetRange.Described));
            }
        }

        var recipients = notifyEmployeeIds.Distinct().ToList();
        if (notify && initialTarget is null && subsequentTarget is null)
        {
            throw new DomainRuleViolated(new InvalidInput("Notify", "Set a response time target first: lateness is measured against it."));
        }

        if (notify && recipients.Count == 0 && !notifyHolder)
        {
            throw new DomainRuleViolated(new InvalidInput("NotifyEmployeeIds", "Choose whom to notify: employees, the responsible agent, or both."));
        }

        InitialTarget = initialTarget;
        SubsequentTarget = subsequentTarget;
        WorkingHoursOnly = workingHoursOnly;
        Notify = notify;
        NotifyEmployeeIds = recipients;
        NotifyHolder = notifyHolder;
        Text = Guard.OptionalText(text, "Notification text", AutomaticReply.TextMaxLength);
    }

    /// <summary>The time to answer the client's first message; null when there is no target.</summary>
    public TimeSpan? InitialTarget { get; private init; }

    /// <summary>The time to answer each later message; null when there is no target.</summary>
    public TimeSpan? SubsequentTarget { get; private init; }

    public bool WorkingHoursOnly { get; private init; }

    /// <summary>K-2: tell someone when an answer is late.</summary>
    public bool Notify { get; private init; }

    public IReadOnlyList<int> NotifyEmployeeIds { get; private init; }

    /// <summary>Tell the responsible agent too.</summary>
    public bool NotifyHolder { get; private init; }

    /// <summary>The notification text; null for the channel language's default.</summary>
    public string? Text { get; private init; }

    /// <summary>The target of the next answer: the first one's until an agent answered, then the later ones'.</summary>
    public TimeSpan? TargetFor(bool firstAnswer) => firstAnswer ? InitialTarget : SubsequentTarget;
}
