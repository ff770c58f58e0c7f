using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Web.Features.Crm;

/// <summary>How the CRM's forms open, the same from a list and from a card: each answers the saved item's id, or null when cancelled.</summary>
public static class CrmDialogs
{
    /// <summary>A form that opens with the focus in its first field.</summary>
    public static DialogOptions Form => new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true, DefaultFocus = DefaultFocus.FirstChild };

    public static Task<int?> ContactAsync(IDialogService dialogs, IStringLocalizer<CrmText> l, Viewer viewer, int? id, CrmContactForm form) =>
        ShowAsync<CrmContactDialog>(dialogs, id is null ? l["New contact"] : l["Edit {0}", form.Name], new()
        {
            { nameof(CrmContactDialog.Viewer), viewer }, { nameof(CrmContactDialog.Id), id }, { nameof(CrmContactDialog.Form), form },
        });

    public static Task<int?> CompanyAsync(IDialogService dialogs, IStringLocalizer<CrmText> l, Viewer viewer, int? id, CrmCompanyForm form) =>
        ShowAsync<CrmCompanyDialog>(dialogs, id is null ? l["New company"] : l["Edit {0}", form.Name], new()
        {
            { nameof(CrmCompanyDialog.Viewer), viewer }, { nameof(CrmCompanyDialog.Id), id }, { nameof(CrmCompanyDialog.Form), form },
        });

    public static Task<int?> LeadAsync(IDialogService dialogs, IStringLocalizer<CrmText> l, Viewer viewer, int? id, CrmLeadForm form) =>
        ShowAsync<CrmLeadDialog>(dialogs, id is null ? l["New lead"] : l["Edit {0}", form.Title], new()
        {
            { nameof(CrmLeadDialog.Viewer), viewer }, { nameof(CrmLeadDialog.Id), id }, { nameof(CrmLeadDialog.Form), form },
        });

    public static Task<int?> DealAsync(IDialogService dialogs, IStringLocalizer<CrmText> l, Viewer viewer, int? id, CrmDealForm form) =>
        ShowAsync<CrmDealDialog>(dialogs, id is null ? l["New deal"] : l["Edit {0}", form.Title], new()
        {
            { nameof(CrmDealDialog.Viewer), viewer }, { nameof(CrmDealDialog.Id), id }, { nameof(CrmDealDialog.Form), form },
        });

    private static async Task<int?> ShowAsync<TDialog>(IDialogService dialogs, string title, DialogParameters parameters)
        where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var dialog = await dialogs.ShowAsync<TDialog>(title, parameters, Form);
        return await dialog.Result is { Canceled: false, Data: int id } ? id : null;
    }
}
