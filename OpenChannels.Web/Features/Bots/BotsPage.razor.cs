using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Bots;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Bots;

/// <summary>The bots administrators added (B-1): what each is, which channels use it, what it holds now and its last error.</summary>
public partial class BotsPage
{
    private IReadOnlyList<BotRow>? _rows;

    [CascadingParameter]
    private ViewerTime Times { get; set; } = ViewerTime.Utc;

    [Inject]
    private BotService Bots { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BotsText> L { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _rows = await Bots.ListAsync();

    private string KindName(BotKind kind) => kind == BotKind.Webhook ? L["Webhook bot"] : L["FAQ bot"];

    /// <summary>A new bot; a webhook bot's secret and token are shown once, then its page opens to go on from there.</summary>
    private async Task CreateAsync(BotKind kind)
    {
        var parameters = new DialogParameters<BotDialog> { { d => d.Kind, kind } };
        var dialog = await Dialogs.ShowAsync<BotDialog>(kind == BotKind.Webhook ? L["New webhook bot"] : L["New FAQ bot"], parameters, BotPrompts.Form(MaxWidth.Small));
        if (await dialog.Result is not { Canceled: false, Data: ValueTuple<int, NewBotCredentials?> created })
        {
            return;
        }

        if (created.Item2 is { } credentials)
        {
            await BotCredentialsDialog.ShowAsync(Dialogs, credentials, L["Secret and token of the new bot"]);
        }

        Navigation.NavigateTo($"/bots/{created.Item1}");
    }

    private async Task DeleteAsync(BotRow bot)
    {
        if (!await BotPrompts.ConfirmDeleteAsync(Dialogs, L, bot.Name, bot.HoldingNow))
        {
            return;
        }

        Feedback.Report(await Bots.DeleteAsync(bot.Id), L["{0} deleted.", bot.Name]);
        _rows = await Bots.ListAsync();
    }
}
