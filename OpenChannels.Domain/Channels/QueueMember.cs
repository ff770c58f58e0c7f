namespace OpenChannels.Domain.Channels;

/// <summary>An employee in an open channel's queue, at a position (Q-1; departments arrive with routing).</summary>
public sealed class QueueMember
{
    private QueueMember()
    {
    }

    internal QueueMember(int employeeId, int position)
    {
        EmployeeId = employeeId;
        Position = position;
    }

    public int EmployeeId { get; private set; }

    public int Position { get; private set; }
}
