namespace OpenChannels.Domain.Channels;

/// <summary>Q-1: one entry of an open channel's queue: an employee, or a whole department, at a position.</summary>
public sealed class QueueMember
{
    private QueueMember()
    {
    }

    internal QueueMember(int position, int? employeeId, int? departmentId)
    {
        Position = position;
        EmployeeId = employeeId;
        DepartmentId = departmentId;
    }

    public int Position { get; private set; }

    public int? EmployeeId { get; private set; }

    /// <summary>A department stands for its current members, sub-departments included.</summary>
    public int? DepartmentId { get; private set; }
}
