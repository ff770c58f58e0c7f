namespace OpenChannels.Web.Features.Departments;

/// <summary>The texts of the department screens, in every language (resources beside this class).</summary>
public sealed class DepartmentsText;
