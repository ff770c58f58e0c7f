using OpenChannels.Domain.Crm;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

public sealed class CrmLeadForm
{
    public string Title { get; set; } = string.Empty;

    public CrmPick? Contact { get; set; }

    public LeadSource Source { get; set; } = LeadSource.Manual;

    public LeadStatus Status { get; set; } = LeadStatus.New;

    public CrmPick? Responsible { get; set; }
}
