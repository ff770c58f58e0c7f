using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Features.Crm;

public sealed record CrmDealCard(CrmDeal Deal, DealStage Stage, string? Contact, string? Company, CrmCardCommon Common);
