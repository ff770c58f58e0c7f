using OpenChannels.Domain.Common;
using OpenChannels.Domain.Routing;

namespace OpenChannels.Domain.Channels;

/// <summary>A named configuration that receives conversations from its connectors (SPEC: Domain words).</summary>
public sealed class OpenChannel
{
    public const int NameMaxLength = 100;

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

    public void ChangeQueueSettings(QueueSettings settings) => QueueSettings = settings;

    public void ChangeAgentInfo(AgentInfoMode mode) =>
        AgentInfo = Enum.IsDefined(mode) ? mode : throw new DomainRuleViolated(new InvalidInput("AgentInfo", "Choose what clients see of the agent."));

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;
}
