namespace OpenChannels.Web.Features.Employees;

/// <summary>A vacation in the employee dialog: a stored one (with its id) or one added before saving (without).</summary>
public sealed record VacationDraft(int? Id, DateOnly StartsOn, DateOnly EndsOn);
