namespace OpenChannels.Web.Features.Employees;

/// <summary>A vacation as the dialog lists it; both days included.</summary>
public sealed record VacationRow(int Id, DateOnly StartsOn, DateOnly EndsOn);
