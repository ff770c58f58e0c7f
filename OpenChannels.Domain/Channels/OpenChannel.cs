using OpenChannels.Domain.Common;

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

    public bool HasInQueue(int employeeId) => _queue.Any(m => m.EmployeeId == employeeId);

    /// <summary>Replaces the queue with these employees in this order; duplicates are kept once.</summary>
    public void ReplaceQueue(IEnumerable<int> employeeIds)
    {
        _queue.Clear();
        foreach (var (employeeId, position) in employeeIds.Distinct().Select((id, i) => (id, i)))
        {
            _queue.Add(new QueueMember(employeeId, position));
        }
    }

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;
}
