using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Bots;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Bots;

/// <summary>One bot (B-1): its settings, and its FAQ entries or, for a webhook bot, its protocol, credentials and error log.</summary>
public partial class BotPage
{
    private bool _loaded;
    private BotDetails? _details;
    private List<BreadcrumbItem> _breadcrumbs = [];

    [Parameter]
    public int BotId { get; set; }

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

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _details = await Bots.GetAsync(BotId);
        _loaded = true;
        if (_details is not null)
        {
            _breadcrumbs = [new(L["Chatbots"], "/bots"), new(_details.Bot.Name, null, disabled: true)];
        }
    }

    private string KindName(BotKind kind) => kind == BotKind.Webhook ? L["Webhook bot"] : L["FAQ bot"];

    private async Task EditAsync()
    {
        var bot = _details!.Bot;
        var parameters = new DialogParameters<BotDialog> { { d => d.Bot, bot } };
        var dialog = await Dialogs.ShowAsync<BotDialog>(L["Edit {0}", bot.Name], parameters, BotPrompts.Form(MaxWidth.Small));
        if (await dialog.Result is { Canceled: false })
        {
            Feedback.Say(L["Bot saved."], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task RenewAsync()
    {
        var bot = _details!.Bot;
        if (!await BotPrompts.ConfirmRenewAsync(Dialogs, L, bot.Name))
        {
            return;
        }

        var renewed = await Bots.RenewCredentialsAsync(bot.Id);
        Feedback.Report(renewed, null);
        if (renewed.Succeeded)
        {
            await BotCredentialsDialog.ShowAsync(Dialogs, renewed.Value, L["New secret and token of {0}", bot.Name]);
        }
    }

    private async Task DeleteAsync()
    {
        var bot = _details!.Bot;
        var holding = (await Bots.ListAsync()).FirstOrDefault(b => b.Id == bot.Id)?.HoldingNow ?? 0;
        if (!await BotPrompts.ConfirmDeleteAsync(Dialogs, L, bot.Name, holding))
        {
            return;
        }

        if (Feedback.Report(await Bots.DeleteAsync(bot.Id), L["{0} deleted.", bot.Name]))
        {
            Navigation.NavigateTo("/bots");
        }
    }
}
