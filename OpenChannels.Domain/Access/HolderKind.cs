namespace OpenChannels.Domain.Access;

/// <summary>Who a role is given to (P-3): one employee, every member of a department (sub-departments included), or a group.</summary>
public enum HolderKind
{
    Employee = 1,
    Department = 2,
    Group = 3,
}
