using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

/// <summary>A CRM list's search and filters: text in the name, title, e-mail or phone; whose; a lead status or a deal stage.</summary>
public sealed record CrmListQuery(string? Search = null, CrmOwnerFilter Owner = CrmOwnerFilter.Anyone, int? Status = null, int? StageId = null, int Page = 0, int PageSize = 25);
