using OpenChannels.Domain.Common;
using OpenChannels.Domain.Routing;
using OpenChannels.Domain.Scheduling;

namespace OpenChannels.Domain.Channels;

/// <summary>A named configuration that receives conversations from its connectors (SPEC: Domain words).</summary>
public sealed class OpenChannel
{
    public const int NameMaxLength = 100;

    /// <summary>Every automatic text a channel can reword (greeting, closing, timeout, unanswered, out of hours, no agent).</summary>
    public const int AutomaticTextMaxLength = 1000;

    /// <summary>A-3: the time without an agent's answer before a conversation is marked unanswered.</summary>
    public static readonly MinutesRange UnansweredRange = new(1, 12 * 60, "1 minute and 12 hours");

    /// <summary>A-6: the delay from closing to fully closed (0 means at once).</summary>
    public static readonly MinutesRange FullCloseRange = new(1, 24 * 60, "1 minute and 1 day");

    /// <summary>A-7: how long the client has to answer the agent.</summary>
    public static readonly MinutesRange ClientTimeoutRange = new(1, 7 * 24 * 60, "1 minute and 7 days");

    private readonly List<QueueMember> _queue = [];

    private OpenChannel()
    {
        Name = string.Empty;
    }

    public OpenChannel(string name, DateTimeOffset now)
    {
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        IsActive = true;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>O-1: shown to clients.</summary>
    public string Name { get; private set; }

    /// <summary>O-2: when inactive, messages are stored but not shown to agents.</summary>
    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Q-1: who answers, in order.</summary>
    public IReadOnlyList<QueueMember> Queue => _queue;

    /// <summary>Q-2…Q-6: how conversations are distributed.</summary>
    public QueueSettings QueueSettings { get; private set; } = QueueSettings.Default;

    /// <summary>O-3: keep the message log with the conversation (the CRM card and statistics read it later).</summary>
    public bool SaveMessageLog { get; private set; } = true;

    /// <summary>O-4: agents confirm before they close a conversation.</summary>
    public bool ConfirmBeforeClosing { get; private set; } = true;

    /// <summary>O-5: the language of the default automatic texts.</summary>
    public ChannelLanguage Language { get; private set; } = ChannelLanguage.English;

    public void ChangeOtherSettings(bool saveMessageLog, bool confirmBeforeClosing, ChannelLanguage language)
    {
        if (!Enum.IsDefined(language))
        {
            throw new DomainRuleViolated(new InvalidInput("Language", "Choose one of the offered languages."));
        }

        SaveMessageLog = saveMessageLog;
        ConfirmBeforeClosing = confirmBeforeClosing;
        Language = language;
    }

    /// <summary>H-1: the schedule, when working hours are used; null means always open.</summary>
    public WorkingHours? Schedule => HoursTimeZone is null
        ? null
        : new WorkingHours(HoursTimeZone, HoursOpens, HoursCloses, DaysOffSet(HoursDaysOff), HolidayList.Parse(HoursHolidays));

    public string? HoursTimeZone { get; private set; }

    public TimeOnly HoursOpens { get; private set; } = new(9, 0);

    public TimeOnly HoursCloses { get; private set; } = new(18, 0);

    /// <summary>Days off as bits (1 &lt;&lt; DayOfWeek).</summary>
    public int HoursDaysOff { get; private set; }

    public string HoursHolidays { get; private set; } = string.Empty;

    /// <summary>H-2: outside hours, clients get an automatic reply (once per conversation).</summary>
    public bool OutOfHoursReply { get; private set; } = true;

    /// <summary>Null: the channel language's default.</summary>
    public string? OutOfHoursText { get; private set; }

    /// <summary>H-12: the live chat shows only during working hours.</summary>
    public bool ShowWidgetOnlyDuringHours { get; private set; }

    /// <summary>Q-11/Q-12: tell the client when no agent can answer, unless turned off.</summary>
    public bool NoAgentReply { get; private set; } = true;

    /// <summary>Null: the channel language's default.</summary>
    public string? NoAgentText { get; private set; }

    public void ChangeWorkingHours(
        WorkingHours? schedule, bool outOfHoursReply, string? outOfHoursText, bool showWidgetOnlyDuringHours, bool noAgentReply, string? noAgentText)
    {
        HoursTimeZone = schedule?.TimeZoneId;
        if (schedule is not null)
        {
            HoursOpens = schedule.Opens;
            HoursCloses = schedule.Closes;
            HoursDaysOff = schedule.DaysOff.Aggregate(0, (bits, day) => bits | (1 << (int)day));
            HoursHolidays = HolidayList.Format(schedule.Holidays);
        }

        OutOfHoursReply = outOfHoursReply;
        OutOfHoursText = Guard.OptionalText(outOfHoursText, "Out-of-hours text", AutomaticTextMaxLength);
        ShowWidgetOnlyDuringHours = showWidgetOnlyDuringHours;
        NoAgentReply = noAgentReply;
        NoAgentText = Guard.OptionalText(noAgentText, "No-agent text", AutomaticTextMaxLength);
    }

    public bool IsOpenAt(DateTimeOffset now) => Schedule?.IsOpenAt(now) ?? true;

    /// <summary>A-1.</summary>
    public GreetingMode Greeting { get; private set; } = GreetingMode.Off;

    /// <summary>A-1: greet at every new conversation, or only at the client's first contact with the connector.</summary>
    public bool ShouldGreet(bool firstContact) => Greeting switch
    {
        GreetingMode.EveryConversation => true,
        GreetingMode.FirstContact => firstContact,
        _ => false,
    };

    public string? GreetingText { get; private set; }

    /// <summary>A-5: a text sent when an agent closes the conversation.</summary>
    public bool ClosingReply { get; private set; }

    public string? ClosingText { get; private set; }

    /// <summary>A-7: close when the client has not answered the agent's last message for this long; null is never.</summary>
    public TimeSpan? ClientTimeout { get; private set; }

    public bool TimeoutReply { get; private set; }

    public string? TimeoutText { get; private set; }

    /// <summary>A-3: a conversation no agent answered this long after the client's first message is marked unanswered.</summary>
    public TimeSpan? UnansweredAfter { get; private set; }

    public UnansweredAction UnansweredAction { get; private set; }

    public string? UnansweredText { get; private set; }

    /// <summary>A-6: how long a closed conversation stays open to the client's rating; null is "immediately".</summary>
    public TimeSpan? FullCloseDelay { get; private set; }

    /// <summary>A-3, A-4, A-6.</summary>
    public void ChangeUnansweredAndClosing(TimeSpan? unansweredAfter, UnansweredAction action, string? unansweredText, TimeSpan? fullCloseDelay)
    {
        if (unansweredAfter is { } after && !UnansweredRange.Contains(after))
        {
            throw new DomainRuleViolated(new InvalidInput("Unanswered", $"The unanswered time must be between {UnansweredRange.Described}."));
        }

        if (!Enum.IsDefined(action))
        {
            throw new DomainRuleViolated(new InvalidInput("UnansweredAction", "Choose what happens to unanswered conversations."));
        }

        // circulating in the queue only makes sense when Evenly picks the next agent.
        if (action == UnansweredAction.BackToQueue && QueueSettings.Mode != DistributionMode.Evenly)
        {
            throw new DomainRuleViolated(new InvalidInput("UnansweredAction", "\"Put back in the queue\" needs the Evenly distribution (Queue tab)."));
        }

        if (fullCloseDelay is { } delay && !FullCloseRange.Contains(delay))
        {
            throw new DomainRuleViolated(new InvalidInput("FullCloseDelay", $"The delay must be between {FullCloseRange.Described}, or immediately."));
        }

        UnansweredAfter = unansweredAfter;
        UnansweredAction = action;
        UnansweredText = Guard.OptionalText(unansweredText, "Unanswered text", AutomaticTextMaxLength);
        FullCloseDelay = fullCloseDelay;
    }

    public void ChangeAutomaticActions(
        GreetingMode greeting, string? greetingText, bool closingReply, string? closingText, TimeSpan? clientTimeout, bool timeoutReply, string? timeoutText)
    {
        if (!Enum.IsDefined(greeting))
        {
            throw new DomainRuleViolated(new InvalidInput("Greeting", "Choose when to greet clients."));
        }

        if (clientTimeout is { } timeout && !ClientTimeoutRange.Contains(timeout))
        {
            throw new DomainRuleViolated(new InvalidInput("Timeout", $"The timeout must be between {ClientTimeoutRange.Described}."));
        }

        Greeting = greeting;
        GreetingText = Guard.OptionalText(greetingText, "Greeting", AutomaticTextMaxLength);
        ClosingReply = closingReply;
        ClosingText = Guard.OptionalText(closingText, "Closing text", AutomaticTextMaxLength);
        ClientTimeout = clientTimeout;
        TimeoutReply = timeoutReply;
        TimeoutText = Guard.OptionalText(timeoutText, "Timeout text", AutomaticTextMaxLength);
    }

    public string TextFor(DefaultText text) => text switch
    {
        DefaultText.OutOfHours when OutOfHoursText is not null => OutOfHoursText,
        DefaultText.NoAgent when NoAgentText is not null => NoAgentText,
        DefaultText.Greeting when GreetingText is not null => GreetingText,
        DefaultText.Closing when ClosingText is not null => ClosingText,
        DefaultText.Timeout when TimeoutText is not null => TimeoutText,
        DefaultText.Unanswered when UnansweredText is not null => UnansweredText,
        _ => DefaultTexts.For(Language, text),
    };

    public static IReadOnlySet<DayOfWeek> DaysOffSet(int bits) =>
        Enum.GetValues<DayOfWeek>().Where(day => (bits & (1 << (int)day)) != 0).ToHashSet();

    /// <summary>C-1: clients accept a personal-data agreement before they write.</summary>
    public bool ConsentRequired { get; private set; }

    /// <summary>C-1: the custom agreement asked for; null is the built-in one.</summary>
    public int? ConsentAgreementId { get; private set; }

    public void ChangeConsent(bool required, int? agreementId)
    {
        if (agreementId is <= 0)
        {
            throw new DomainRuleViolated(new InvalidInput("Agreement", "Choose the built-in agreement or one of the custom ones."));
        }

        ConsentRequired = required;
        ConsentAgreementId = agreementId;
    }

    /// <summary>A-2: the live chat's contact form.</summary>
    public ContactFormSettings ContactForm { get; private set; } = ContactFormSettings.Off;

    public void ChangeContactForm(ContactFormSettings form) => ContactForm = form;

    /// <summary>A-8: the list of quick replies agents pick from in this channel; null is none.</summary>
    public int? QuickReplyListId { get; private set; }

    public void UseQuickReplyList(int? listId) =>
        QuickReplyListId = listId is <= 0 ? throw new DomainRuleViolated(new InvalidInput("QuickReplyList", "Choose a list of quick replies.")) : listId;

    /// <summary>Q-7: what clients see of the agent who answers.</summary>
    public AgentInfoMode AgentInfo { get; private set; } = AgentInfoMode.EmployeeProfile;

    /// <summary>Replaces the queue with these employees in this order; duplicates are kept once.</summary>
    public void ReplaceQueue(IEnumerable<int> employeeIds) =>
        ReplaceQueue(employeeIds.Select(id => ((int?)id, (int?)null)));

    /// <summary>Replaces the queue with employees and departments in this order; repeats are kept once.</summary>
    public void ReplaceQueue(IEnumerable<(int? EmployeeId, int? DepartmentId)> entries)
    {
        _queue.Clear();
        foreach (var (employeeId, departmentId) in entries.Distinct())
        {
            if ((employeeId is null) == (departmentId is null))
            {
                throw new DomainRuleViolated(new InvalidInput("Queue", "A queue entry is either an employee or a department."));
            }

            _queue.Add(new QueueMember(_queue.Count, employeeId, departmentId));
        }
    }

    /// <summary>A deleted department leaves the queue; the others keep their order.</summary>
    public void RemoveDepartmentFromQueue(int departmentId) =>
        ReplaceQueue(_queue.Where(m => m.DepartmentId != departmentId).Select(m => (m.EmployeeId, m.DepartmentId)).ToList());

    public void ChangeQueueSettings(QueueSettings settings)
    {
        if (UnansweredAction == UnansweredAction.BackToQueue && settings.Mode != DistributionMode.Evenly)
        {
            throw new DomainRuleViolated(new InvalidInput(
                "Mode", "Unanswered conversations are set to go back to the queue, which needs Evenly. Change that automatic action first."));
        }

        QueueSettings = settings;
    }

    public void ChangeAgentInfo(AgentInfoMode mode) =>
        AgentInfo = Enum.IsDefined(mode) ? mode : throw new DomainRuleViolated(new InvalidInput("AgentInfo", "Choose what clients see of the agent."));

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;
}
