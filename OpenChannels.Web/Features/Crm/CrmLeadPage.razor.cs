using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

/// <summary>A lead's card (CRM-1): its contact, status and source, the timeline with its conversations, and its conversion into a deal.</summary>
public partial class CrmLeadPage : CrmCardPage<CrmLeadCard>
{
    private bool _busy;

    protected override (string Tab, string Name) List => ("leads", L["Leads"].Value);

    protected override Task<CrmLeadCard?> ReadAsync(Viewer viewer) => Crm.LeadAsync(viewer, Id);

    protected override string TitleOf(CrmLeadCard card) => card.Lead.Title;

    private async Task EditAsync()
    {
        var lead = Card!.Lead;
        var responsible = Card.Common.ResponsibleId is { } r ? new CrmPick(r, Card.Common.Responsible ?? string.Empty) : null;
        var form = new CrmLeadForm { Title = lead.Title, Source = lead.Source, Status = lead.Status, Responsible = responsible };
        if (await CrmDialogs.LeadAsync(Dialogs, L, Asker!, Id, form) is not null)
        {
            Feedback.Say(L["Lead saved."], Severity.Success);
            await LoadAsync();
        }
    }

    /// <summary>The lead becomes a deal at the pipeline's first stage; its card opens.</summary>
    private async Task ConvertAsync()
    {
        _busy = true;
        var converted = await Crm.ConvertLeadAsync(Asker!, Id);
        _busy = false;
        if (Feedback.Report(converted, L["The lead is now a deal."]))
        {
            Navigation.NavigateTo($"/crm/deals/{converted.Value}");
        }
    }

    private Task DeleteAsync() => DeleteAsync(L["Its conversations stay, no longer linked to it."].Value, Crm.DeleteLeadAsync);
}
