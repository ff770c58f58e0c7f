using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

/// <summary>A contact's card (CRM-1): how to reach them, their company, leads and deals, and the timeline with their conversations.</summary>
public partial class CrmContactPage : CrmCardPage<CrmContactCard>
{
    private bool _mayCreate;

    protected override async Task OnViewerKnownAsync(Viewer? viewer) =>
        _mayCreate = viewer is not null && await Crm.MayCreateAsync(viewer);

    protected override (string Tab, string Name) List => ("contacts", L["Contacts"].Value);

    protected override Task<CrmContactCard?> ReadAsync(Viewer viewer) => Crm.ContactAsync(viewer, Id);

    protected override string TitleOf(CrmContactCard card) => card.Contact.Name;

    private CrmPick? Company => Card!.Contact.CompanyId is { } id ? new CrmPick(id, Card.Company ?? string.Empty) : null;

    private CrmPick? Responsible => Card!.Common.ResponsibleId is { } id ? new CrmPick(id, Card.Common.Responsible ?? string.Empty) : null;

    private async Task EditAsync()
    {
        var contact = Card!.Contact;
        var form = new CrmContactForm
        {
            Name = contact.Name,
            Emails = string.Join("\n", contact.Emails),
            Phones = string.Join("\n", contact.Phones),
            Company = Company,
            Notes = contact.Notes,
            Source = contact.Source,
            Responsible = Responsible,
        };
        if (await CrmDialogs.ContactAsync(Dialogs, L, Asker!, Id, form) is not null)
        {
            Feedback.Say(L["Contact saved."], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task NewLeadAsync()
    {
        var form = new CrmLeadForm { Contact = new CrmPick(Id, Card!.Contact.Name), Source = Card.Contact.Source };
        if (await CrmDialogs.LeadAsync(Dialogs, L, Asker!, null, form) is { } id)
        {
            Navigation.NavigateTo($"/crm/leads/{id}");
        }
    }

    private async Task NewDealAsync()
    {
        var form = new CrmDealForm { Contact = new CrmPick(Id, Card!.Contact.Name), Company = Company, Currency = Crm.DefaultCurrency };
        if (await CrmDialogs.DealAsync(Dialogs, L, Asker!, null, form) is { } id)
        {
            Navigation.NavigateTo($"/crm/deals/{id}");
        }
    }

    private async Task MergeAsync()
    {
        var parameters = new DialogParameters<CrmMergeDialog> { { d => d.Viewer, Asker! }, { d => d.KeepId, Id }, { d => d.KeepName, Card!.Contact.Name } };
        var dialog = await Dialogs.ShowAsync<CrmMergeDialog>(L["Merge a duplicate into {0}", Card!.Contact.Name], parameters, CrmDialogs.Form);
        if (await dialog.Result is { Canceled: false, Data: string merged })
        {
            Feedback.Say(L["{0} was merged into this contact.", merged], Severity.Success);
            await LoadAsync();
        }
    }

    private Task DeleteAsync() => DeleteAsync(L["Its leads are deleted with it. Its deals, conversations and clients stay, no longer linked to it."].Value, Crm.DeleteContactAsync);
}
