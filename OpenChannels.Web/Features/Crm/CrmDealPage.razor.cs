using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

/// <summary>A deal's card (CRM-1): amount, stage, contact and company, and the timeline with its conversations.</summary>
public partial class CrmDealPage : CrmCardPage<CrmDealCard>
{
    protected override (string Tab, string Name) List => ("deals", L["Deals"].Value);

    protected override Task<CrmDealCard?> ReadAsync(Viewer viewer) => Crm.DealAsync(viewer, Id);

    protected override string TitleOf(CrmDealCard card) => card.Deal.Title;

    private async Task EditAsync()
    {
        var deal = Card!.Deal;
        var form = new CrmDealForm
        {
            Title = deal.Title,
            Amount = deal.Amount,
            Currency = deal.Currency,
            StageId = deal.StageId,
            Contact = deal.ContactId is { } contact ? new CrmPick(contact, Card.Contact ?? string.Empty) : null,
            Company = deal.CompanyId is { } company ? new CrmPick(company, Card.Company ?? string.Empty) : null,
            Responsible = Card.Common.ResponsibleId is { } r ? new CrmPick(r, Card.Common.Responsible ?? string.Empty) : null,
        };
        if (await CrmDialogs.DealAsync(Dialogs, L, Asker!, Id, form) is not null)
        {
            Feedback.Say(L["Deal saved."], Severity.Success);
            await LoadAsync();
        }
    }

    private Task DeleteAsync() => DeleteAsync(L["Its conversations stay, no longer linked to it."].Value, Crm.DeleteDealAsync);
}
