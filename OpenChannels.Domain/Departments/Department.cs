using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Departments;

/// <summary>A node of the company structure. A queue may name a whole department .</summary>
public sealed class Department
{
    public const int NameMaxLength = 100;

    private Department()
    {
        Name = string.Empty;
    }

    public Department(string name, int? parentId)
    {
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        ParentId = parentId;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public int? ParentId { get; private set; }

    public int? HeadEmployeeId { get; private set; }

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);

    /// <summary>Moves this department under <paramref name="parentId"/>; the tree refuses a cycle.</summary>
    public void MoveUnder(int? parentId, DepartmentTree tree)
    {
        if (parentId is { } parent && tree.WouldCreateCycle(Id, parent))
        {
            throw new DomainRuleViolated(new InvalidInput(
                "Parent",
                "A department cannot be placed under itself or one of its own sub-departments."));
        }

        ParentId = parentId;
    }

    public void AppointHead(int? employeeId) => HeadEmployeeId = employeeId;

    /// <summary>Refuses the deletion while anything still belongs to the department.</summary>
    public void EnsureDeletable(int subDepartments, int members)
    {
        if (subDepartments > 0 || members > 0)
        {
            throw new DomainRuleViolated(new DepartmentNotEmpty(Id, Name, subDepartments, members));
        }
    }
}
