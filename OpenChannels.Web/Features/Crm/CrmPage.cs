namespace OpenChannels.Web.Features.Crm;

/// <summary>One page of a CRM list and how many rows match in all.</summary>
public sealed record CrmPage<T>(IReadOnlyList<T> Rows, int Total);
