using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Features.Crm;

public sealed record CrmLeadCard(CrmLead Lead, string Contact, CrmCardCommon Common);
