using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Features.Crm;

public sealed record CrmCompanyCard(CrmCompany Company, IReadOnlyList<CrmContactRow> Contacts, IReadOnlyList<CrmDealRow> Deals, CrmCardCommon Common);
