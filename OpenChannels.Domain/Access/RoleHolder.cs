namespace OpenChannels.Domain.Access;

/// <summary>A role given to an employee, to a department (its members and its sub-departments' members), or to a group (P-3).</summary>
public sealed class RoleHolder
{
    private RoleHolder()
    {
    }

    public RoleHolder(int roleId, HolderKind kind, int holderId)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of role holder.");
        }

        RoleId = roleId;
        Kind = kind;
        HolderId = holderId;
    }

    public int Id { get; private set; }

    public int RoleId { get; private set; }

    public HolderKind Kind { get; private set; }

    /// <summary>The employee's, the department's or the group's id, as <see cref="Kind"/> says.</summary>
    public int HolderId { get; private set; }
}
