namespace OpenChannels.Web.Features.Departments;

/// <summary>One department in tree order; <see cref="Depth"/> is 0 for a top-level department.</summary>
public sealed record DepartmentRow(
    int Id, string Name, int? ParentId, int Depth, int? HeadEmployeeId, string? HeadName, int MemberCount);
