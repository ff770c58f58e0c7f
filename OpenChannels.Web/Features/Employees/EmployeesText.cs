namespace OpenChannels.Web.Features.Employees;

/// <summary>The texts of the employee screens, in every language (resources beside this class).</summary>
public sealed class EmployeesText;
