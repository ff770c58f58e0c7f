using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Features.Crm;

public sealed record CrmContactCard(CrmContact Contact, string? Company, IReadOnlyList<CrmLeadRow> Leads, IReadOnlyList<CrmDealRow> Deals, CrmCardCommon Common);
