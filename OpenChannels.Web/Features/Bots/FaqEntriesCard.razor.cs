using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Bots;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Bots;

/// <summary>An FAQ bot's entries (B-1): added, edited, deleted one by one or imported from a channel's quick replies.</summary>
public partial class FaqEntriesCard
{
    private const int PhrasingsShown = 5;
    private const int PreviewLength = 160;

    [Parameter, EditorRequired]
    public int BotId { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlyList<FaqEntry> Entries { get; set; } = [];

    /// <summary>An entry was added, changed or deleted: the page reloads them.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [Inject]
    private BotService Bots { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BotsText> L { get; set; } = default!;

    private static string Preview(string answer) => answer.Length <= PreviewLength ? answer : answer[..(PreviewLength - 1)] + "…";

    private async Task EditAsync(FaqEntry? entry)
    {
        var parameters = new DialogParameters<FaqEntryDialog> { { d => d.BotId, BotId }, { d => d.Entry, entry } };
        var dialog = await Dialogs.ShowAsync<FaqEntryDialog>(entry is null ? L["New entry"] : L["Edit entry"], parameters, BotPrompts.Form(MaxWidth.Medium));
        if (await dialog.Result is { Canceled: false })
        {
            Feedback.Say(entry is null ? L["Entry added."] : L["Entry saved."], Severity.Success);
            await Changed.InvokeAsync();
        }
    }

    private async Task DeleteAsync(FaqEntry entry)
    {
        var first = entry.PhrasingLines.FirstOrDefault() ?? string.Empty;
        if (!await Dialogs.ConfirmAsync(L["Delete the entry \"{0}\"?", first], L["The bot stops giving this answer."], L["Delete"], L["Cancel"]))
        {
            return;
        }

        Feedback.Report(await Bots.DeleteEntryAsync(BotId, entry.Id), L["Entry deleted."]);
        await Changed.InvokeAsync();
    }

    private async Task ImportAsync()
    {
        var parameters = new DialogParameters<QuickReplyImportDialog> { { d => d.BotId, BotId } };
        var dialog = await Dialogs.ShowAsync<QuickReplyImportDialog>(L["Import quick replies"], parameters, AppDialogs.Small);
        if (await dialog.Result is { Canceled: false, Data: int added })
        {
            Feedback.Say(
                added == 0 ? L["Nothing new to import: every reply of that list is an entry already."] : L.Plural("{0} entries added.", added),
                added == 0 ? Severity.Info : Severity.Success);
            await Changed.InvokeAsync();
        }
    }
}
