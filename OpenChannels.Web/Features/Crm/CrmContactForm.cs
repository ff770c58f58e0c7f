using OpenChannels.Domain.Crm;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

/// <summary>The contact dialog's fields; e-mails and phones one per line.</summary>
public sealed class CrmContactForm
{
    public string Name { get; set; } = string.Empty;

    public string? Emails { get; set; }

    public string? Phones { get; set; }

    public CrmPick? Company { get; set; }

    public string? Notes { get; set; }

    public LeadSource Source { get; set; } = LeadSource.Manual;

    public CrmPick? Responsible { get; set; }

    public static IEnumerable<string> Lines(string? text) =>
        (text ?? string.Empty).Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
