using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

public sealed class CrmDealForm
{
    public string Title { get; set; } = string.Empty;

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "EUR";

    public int StageId { get; set; }

    public CrmPick? Contact { get; set; }

    public CrmPick? Company { get; set; }

    public CrmPick? Responsible { get; set; }
}
