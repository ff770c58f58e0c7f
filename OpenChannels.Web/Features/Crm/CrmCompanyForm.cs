using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

public sealed class CrmCompanyForm
{
    public string Name { get; set; } = string.Empty;

    public string? Website { get; set; }

    public string? Notes { get; set; }

    public CrmPick? Responsible { get; set; }
}
