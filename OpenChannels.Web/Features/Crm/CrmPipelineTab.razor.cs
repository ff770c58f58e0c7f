using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Crm;

/// <summary>The deals' pipeline (CRM-1, Settings): its stages with their deals; add, rename, reorder and remove the open ones.</summary>
public partial class CrmPipelineTab
{
    private IReadOnlyList<(DealStage Stage, int Deals)> _stages = [];
    private string? _newStage;

    [Inject]
    private CrmPipelineService Pipeline { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CrmText> L { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _stages = await Pipeline.StagesAsync();

    private async Task AddAsync()
    {
        if (Feedback.Report(await Pipeline.AddAsync(_newStage ?? string.Empty), L["Stage {0} added.", _newStage ?? string.Empty]))
        {
            _newStage = null;
            _stages = await Pipeline.StagesAsync();
        }
    }

    private async Task AddOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter" && !string.IsNullOrWhiteSpace(_newStage))
        {
            await AddAsync();
        }
    }

    private async Task RenameAsync(DealStage stage)
    {
        if (await Dialogs.PromptAsync(L["Rename {0}", stage.Name], L["Name"], stage.Name) is { } name
            && Feedback.Report(await Pipeline.RenameAsync(stage.Id, name), null))
        {
            _stages = await Pipeline.StagesAsync();
        }
    }

    private async Task MoveAsync(DealStage stage, int step)
    {
        if (Feedback.Report(await Pipeline.MoveAsync(stage.Id, step), null))
        {
            _stages = await Pipeline.StagesAsync();
        }
    }

    /// <summary>Removing a stage that deals are at is refused by the pipeline, with the count to move first.</summary>
    private async Task RemoveAsync(DealStage stage)
    {
        if (await Dialogs.ConfirmAsync(L["Remove {0}?", stage.Name], L["The stage leaves the pipeline."], L["Remove"])
            && Feedback.Report(await Pipeline.RemoveAsync(stage.Id), L["Stage {0} removed.", stage.Name]))
        {
            _stages = await Pipeline.StagesAsync();
        }
    }
}
