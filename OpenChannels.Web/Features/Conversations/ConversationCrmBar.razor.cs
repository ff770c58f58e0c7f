using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>The conversation's CRM bar, under its header; re-read whenever the pane re-reads the conversation.</summary>
public partial class ConversationCrmBar
{
    private ConversationCrmInfo _info = ConversationCrmInfo.None;

    [Parameter, EditorRequired]
    public ConversationDetails Details { get; set; } = default!;

    [Parameter, EditorRequired]
    public Viewer Viewer { get; set; } = default!;

    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private ConversationCrmService Crm { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private string RecognisedText => _info.RecognisedBy switch
    {
        RecognisedBy.EarlierConversation => L["Recognised from an earlier conversation"],
        RecognisedBy.Email => L["Recognised by e-mail"],
        RecognisedBy.Phone => L["Recognised by phone"],
        _ => L["In the CRM"],
    };

    protected override async Task OnParametersSetAsync() => _info = await Crm.InfoAsync(Viewer, Details.Id);

    private async Task CreateLeadAsync()
    {
        if (Feedback.Report(await Crm.CreateLeadAsync(Viewer, Details.Id), L["Lead created."]))
        {
            await OnChanged.InvokeAsync();
        }
    }

    private async Task SaveAsync(bool createDeal)
    {
        var parameters = new DialogParameters<SaveToCrmDialog>
        {
            { d => d.ConversationId, Details.Id },
            { d => d.Viewer, Viewer },
            { d => d.Info, _info },
            { d => d.CreateDeal, createDeal },
        };
        var dialog = await Dialogs.ShowAsync<SaveToCrmDialog>(createDeal ? L["Create deal"] : L["Save to CRM"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            await OnChanged.InvokeAsync();
        }
    }
}
