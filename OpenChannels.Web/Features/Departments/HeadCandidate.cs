namespace OpenChannels.Web.Features.Departments;

/// <summary>An employee who can head a department (not dismissed), as the department dialog lists them.</summary>
public sealed record HeadCandidate(int Id, string FullName);
