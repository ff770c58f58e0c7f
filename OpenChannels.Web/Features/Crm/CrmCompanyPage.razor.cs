using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

/// <summary>A company's card (CRM-1): its website, contacts and deals, and the timeline with its contacts' conversations.</summary>
public partial class CrmCompanyPage : CrmCardPage<CrmCompanyCard>
{
    protected override (string Tab, string Name) List => ("companies", L["Companies"].Value);

    protected override Task<CrmCompanyCard?> ReadAsync(Viewer viewer) => Crm.CompanyAsync(viewer, Id);

    protected override string TitleOf(CrmCompanyCard card) => card.Company.Name;

    private async Task EditAsync()
    {
        var company = Card!.Company;
        var responsible = Card.Common.ResponsibleId is { } r ? new CrmPick(r, Card.Common.Responsible ?? string.Empty) : null;
        var form = new CrmCompanyForm { Name = company.Name, Website = company.Website, Notes = company.Notes, Responsible = responsible };
        if (await CrmDialogs.CompanyAsync(Dialogs, L, Asker!, Id, form) is not null)
        {
            Feedback.Say(L["Company saved."], Severity.Success);
            await LoadAsync();
        }
    }

    private Task DeleteAsync() => DeleteAsync(L["Its contacts and deals stay, no longer linked to it."].Value, Crm.DeleteCompanyAsync);
}
