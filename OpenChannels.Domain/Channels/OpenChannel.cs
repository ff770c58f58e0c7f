using OpenChannels.Domain.Common;
using OpenChannels.Domain.Crm;
using OpenChannels.Domain.Routing;
using OpenChannels.Domain.Scheduling;

namespace OpenChannels.Domain.Channels;

/// <summary>A named configuration that receives conversations from its connectors (SPEC: Domain words).</summary>
public sealed class OpenChannel : AggregateRoot
{
    public const int NameMaxLength = 100;

    /// <summary>Every automatic text a channel can reword (greeting, closing, timeout, unanswered, out of hours, no agent).</summary>
    public const int AutomaticTextMaxLength = AutomaticReply.TextMaxLength;

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

    /// <summary>
    /// O-2: when inactive, client messages are stored but nothing else happens — no routing, no automatic texts, no
    /// place taken under a limit — and agents do not see them; on reactivation they are routed.
    /// </summary>
    public bool IsActive { get; private set; }

    /// <summary>O-2: what the live chat tells visitors while the channel is inactive; null is the language's default.</summary>
    public string? UnavailableText { get; private set; }

    public void ChangeUnavailableText(string? text) =>
        UnavailableText = Guard.OptionalText(text, "UnavailableText", AutomaticTextMaxLength);

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Q-1: who answers, in order.</summary>
    public IReadOnlyList<QueueMember> Queue => _queue;

    /// <summary>
    /// Whether the queue reaches the employee: by name, or through a department of theirs or one above it
    /// (<paramref name="departmentChain"/>: their department and its ancestors).
    /// </summary>
    public bool QueueReaches(int employeeId, IReadOnlyCollection<int> departmentChain) =>
        _queue.Any(m => m.EmployeeId == employeeId || (m.DepartmentId is { } d && departmentChain.Contains(d)));

    /// <summary>Q-2…Q-6: how conversations are distributed.</summary>
    public QueueSettings QueueSettings { get; private set; } = QueueSettings.Default;

    /// <summary>O-3: keep the message log with the conversation (the CRM card and statistics read it later).</summary>
    public bool SaveMessageLog { get; private set; } = true;

    /// <summary>O-4: agents confirm before they close a conversation.</summary>
    public bool ConfirmBeforeClosing { get; private set; } = true;

    /// <summary>O-5: the language of the default automatic texts.</summary>
    public ChannelLanguage Language { get; private set; } = ChannelLanguage.English;

    /// <summary>O-5: the live chat speaks the visitor's browser language when it is one of the four; otherwise the channel's.</summary>
    public bool WidgetSpeaksVisitorLanguage { get; private set; }

    public void ChangeOtherSettings(bool saveMessageLog, bool confirmBeforeClosing, ChannelLanguage language, bool widgetSpeaksVisitorLanguage = false)
    {
        if (!Enum.IsDefined(language))
        {
            throw new DomainRuleViolated(new InvalidInput("Language", "Choose one of the offered languages."));
        }

        SaveMessageLog = saveMessageLog;
        ConfirmBeforeClosing = confirmBeforeClosing;
        Language = language;
        WidgetSpeaksVisitorLanguage = widgetSpeaksVisitorLanguage;
    }

    /// <summary>H-1, H-2, H-12: the Working hours tab.</summary>
    public OpeningHours Hours { get; private set; } = OpeningHours.Always;

    /// <summary>Q-11/Q-12: tell the client when no agent can answer, unless turned off.</summary>
    public AutomaticReply NoAgent { get; private set; } = AutomaticReply.On;

    public void ChangeWorkingHours(WorkingHours? schedule, AutomaticReply outOfHours, bool widgetOnlyDuringHours, AutomaticReply noAgent)
    {
        Hours = Hours.With(schedule, outOfHours, widgetOnlyDuringHours);
        NoAgent = noAgent;
    }

    public bool IsOpenAt(DateTimeOffset now) => Hours.IsOpenAt(now);

    /// <summary>A-1, A-5, A-7.</summary>
    public AutomaticReplies Replies { get; private set; } = AutomaticReplies.None;

    public void ChangeAutomaticReplies(AutomaticReplies replies) => Replies = replies;

    /// <summary>A-3, A-4, A-6.</summary>
    public UnansweredPolicy Unanswered { get; private set; } = UnansweredPolicy.None;

    public void ChangeUnansweredPolicy(UnansweredPolicy policy)
    {
        // circulating in the queue only makes sense when Evenly picks the next agent.
        if (policy.Action == UnansweredAction.BackToQueue && QueueSettings.Mode != DistributionMode.Evenly)
        {
            throw new DomainRuleViolated(new InvalidInput("UnansweredAction", "\"Put back in the queue\" needs the Evenly distribution (Queue tab)."));
        }

        Unanswered = policy;
    }

    /// <summary>K-1, K-2: the response time targets and whom to tell when an answer is late.</summary>
    public KpiPolicy Kpi { get; private set; } = KpiPolicy.None;

    public void ChangeKpi(KpiPolicy policy) => Kpi = policy;

    /// <summary>R-1…R-5: whether and how the client rates the agent.</summary>
    public RatingPolicy Rating { get; private set; } = RatingPolicy.None;

    public void ChangeRating(RatingPolicy policy) => Rating = policy;

    /// <summary>B-1…B-4: the Chatbots tab.</summary>
    public Bots.ChatbotPolicy Chatbot { get; private set; } = Bots.ChatbotPolicy.None;

    public void ChangeChatbot(Bots.ChatbotPolicy policy) => Chatbot = policy;

    /// <summary>Q-8…Q-10: the Queue tab's CRM switches.</summary>
    public CrmChannelSettings Crm { get; private set; } = CrmChannelSettings.Default;

    public void ChangeCrm(CrmChannelSettings settings) => Crm = settings;

    /// <summary>R-5: the rating request on a kind of connector: the channel's words, or the default in <paramref name="language"/>.</summary>
    public string RatingRequestFor(ConnectorKind kind, ChannelLanguage language) =>
        Rating.OwnTextFor(kind) ?? DefaultTexts.For(language, RatingPolicy.RequestTextFor(kind));

    public string TextFor(DefaultText text) => text switch
    {
        DefaultText.OutOfHours when Hours.OutOfHours.Text is { } own => own,
        DefaultText.NoAgent when NoAgent.Text is { } own => own,
        DefaultText.Greeting when Replies.GreetingText is { } own => own,
        DefaultText.Closing when Replies.Closing.Text is { } own => own,
        DefaultText.Timeout when Replies.Timeout.Text is { } own => own,
        DefaultText.Unanswered when Unanswered.Text is { } own => own,
        DefaultText.Unavailable when UnavailableText is { } own => own,
        DefaultText.RatingRequestLiveChat when Rating.LiveChatText is { } own => own,
        DefaultText.RatingRequestOther when Rating.OtherChannelsText is { } own => own,
        _ => DefaultTexts.For(Language, text),
    };

    /// <summary>
    /// C-1: clients accept a personal-data agreement before they write. Kept as two columns rather than a mapped value:
    /// the agreement is a foreign key (an agreement in use cannot be deleted), which a complex type cannot carry.
    /// </summary>
    public ConsentSettings Consent => new(ConsentRequired, ConsentAgreementId);

    public bool ConsentRequired { get; private set; }

    public int? ConsentAgreementId { get; private set; }

    public void ChangeConsent(ConsentSettings consent) => (ConsentRequired, ConsentAgreementId) = (consent.Required, consent.AgreementId);

    /// <summary>A-2: the live chat's contact form.</summary>
    public ContactFormSettings ContactForm { get; private set; } = ContactFormSettings.Off;

    public void ChangeContactForm(ContactFormSettings form) => ContactForm = form;

    /// <summary>A-8: the list of quick replies agents pick from in this channel; null is none.</summary>
    public int? QuickReplyListId { get; private set; }

    public void UseQuickReplyList(int? listId) =>
        QuickReplyListId = listId is <= 0 ? throw new DomainRuleViolated(new InvalidInput("QuickReplyList", "Choose a list of quick replies.")) : listId;

    /// <summary>Q-7: what clients see of the agent who answers.</summary>
    public AgentInfoMode AgentInfo { get; private set; } = AgentInfoMode.EmployeeProfile;

    /// <summary>Q-7: the name clients see on every answer when the channel answers with its own name and photo.</summary>
    public string? AgentDisplayName { get; private set; }

    /// <summary>Q-7: the stored photo file shown with <see cref="AgentDisplayName"/>; null is none.</summary>
    public string? AgentPhotoFile { get; private set; }

    public void ReplaceAgentPhoto(string? file) => AgentPhotoFile = file;

    /// <summary>A-9: agents read what the client is typing before it is sent (otherwise only "typing…").</summary>
    public bool LiveTyping { get; private set; } = true;

    public void ChangeLiveTyping(bool on) => LiveTyping = on;

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
        if (Unanswered.Action == UnansweredAction.BackToQueue && settings.Mode != DistributionMode.Evenly)
        {
            throw new DomainRuleViolated(new InvalidInput(
                "Mode", "Unanswered conversations are set to go back to the queue, which needs Evenly. Change that automatic action first."));
        }

        QueueSettings = settings;
    }

    public void ChangeAgentInfo(AgentInfoMode mode, string? displayName = null)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new DomainRuleViolated(new InvalidInput("AgentInfo", "Choose what clients see of the agent."));
        }

        var name = Guard.OptionalText(displayName, "AgentDisplayName", NameMaxLength);
        if (mode == AgentInfoMode.ChannelEntries && name is null)
        {
            throw new DomainRuleViolated(new InvalidInput("AgentDisplayName", "Enter the name clients see."));
        }

        (AgentInfo, AgentDisplayName) = (mode, name);
    }

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);

    public void Activate()
    {
        if (!IsActive)
        {
            IsActive = true;
            AddDomainEvent(new ChannelActivityChanged(this));
        }
    }

    public void Deactivate()
    {
        if (IsActive)
        {
            IsActive = false;
            AddDomainEvent(new ChannelActivityChanged(this));
        }
    }
}
