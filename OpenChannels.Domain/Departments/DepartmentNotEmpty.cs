using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Departments;

/// <summary>A department with sub-departments or members cannot be deleted: they would be left without a place.</summary>
public sealed record DepartmentNotEmpty(int DepartmentId, string Name, int SubDepartments, int Members)
    : Error($"{Name} still has {SubDepartments} sub-department(s) and {Members} employee(s). Move them first.");
