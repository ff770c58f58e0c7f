namespace OpenChannels.Web.Features.Departments;

/// <summary>What the department dialog edits.</summary>
public sealed class DepartmentForm
{
    public string Name { get; set; } = string.Empty;

    public int? ParentId { get; set; }

    public int? HeadEmployeeId { get; set; }
}
