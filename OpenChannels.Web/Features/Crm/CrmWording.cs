using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

/// <summary>How the CRM screens name sources, statuses, stages' outcomes and whose filters, and write amounts, in the reader's language.</summary>
public static class CrmWording
{
    public static string SourceName(this IStringLocalizer<CrmText> text, LeadSource source) => source switch
    {
        LeadSource.Manual => text["Entered by hand"],
        LeadSource.LiveChat => text["Live chat"],
        LeadSource.Api => text["API"],
        LeadSource.Telegram => text["Telegram"],
        LeadSource.Email => text["E-mail"],
        LeadSource.Phone => text["Phone"],
        LeadSource.Website => text["Website"],
        LeadSource.Referral => text["Referral"],
        _ => text["Other"],
    };

    public static string StatusName(this IStringLocalizer<CrmText> text, LeadStatus status) => status switch
    {
        LeadStatus.New => text["New"],
        LeadStatus.InProgress => text["In progress"],
        LeadStatus.Converted => text["Converted"],
        _ => text["Junk"],
    };

    public static string OutcomeName(this IStringLocalizer<CrmText> text, StageOutcome outcome) => outcome switch
    {
        StageOutcome.Won => text["Won"],
        StageOutcome.Lost => text["Lost"],
        _ => text["In progress"],
    };

    public static string OwnerName(this IStringLocalizer<CrmText> text, CrmOwnerFilter owner) => owner switch
    {
        CrmOwnerFilter.Mine => text["Mine"],
        CrmOwnerFilter.Unassigned => text["Unassigned"],
        _ => text["Anyone"],
    };

    public static Color OutcomeColor(StageOutcome outcome) => outcome switch
    {
        StageOutcome.Won => Color.Success,
        StageOutcome.Lost => Color.Error,
        _ => Color.Info,
    };

    public static Color StatusColor(LeadStatus status) => status switch
    {
        LeadStatus.New => Color.Info,
        LeadStatus.InProgress => Color.Primary,
        LeadStatus.Converted => Color.Success,
        _ => Color.Default,
    };

    /// <summary>A line of a timeline in words: a note is its own text, a recorded change is worded per kind (its detail is already a name).</summary>
    public static string EntryText(this IStringLocalizer<CrmText> text, CrmTimelineEntry entry, string? detail) => entry.Kind switch
    {
        TimelineEntryKind.Note => entry.Text,
        TimelineEntryKind.Created => string.IsNullOrEmpty(detail) ? text["Created"] : text["Created from conversation #{0}", detail],
        TimelineEntryKind.Changed when entry.ItemKind == CrmItemKind.Lead && Enum.TryParse<LeadStatus>(detail, out var status) =>
            text["Status changed to {0}", text.StatusName(status)],
        TimelineEntryKind.Changed => text["Moved to the stage {0}", detail ?? string.Empty],
        TimelineEntryKind.ResponsibleChanged => string.IsNullOrEmpty(detail) ? text["Nobody is responsible any more"] : text["{0} is now responsible", detail],
        TimelineEntryKind.Merged => text["The contact {0} was merged into this one", detail ?? string.Empty],
        TimelineEntryKind.ConversationLinked => text["Conversation #{0} linked", detail ?? string.Empty],
        _ => entry.Text,
    };

    /// <summary>An amount in the reader's culture, with its currency code where the culture puts its symbol (a space apart).</summary>
    public static string Money(decimal amount, string currency)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = currency;
        format.CurrencyDecimalDigits = 2;
        format.CurrencyPositivePattern = format.CurrencyPositivePattern switch
        {
            0 => 2,
            1 => 3,
            var pattern => pattern,
        };
        return amount.ToString("C", format);
    }
}
