using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Departments;

/// <summary>A department with sub-departments or members cannot be deleted: they would be left without a place.</summary>
public sealed record DepartmentNotEmpty(int DepartmentId, string Name, int SubDepartments, int Members)
    : Error("{0} still has {1} sub-department(s) and {2} employee(s). Move them first.", Name, SubDepartments, Members);
