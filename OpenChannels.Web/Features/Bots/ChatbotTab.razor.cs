using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Bots;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Access;

namespace OpenChannels.Web.Features.Bots;

/// <summary>An open channel's Chatbots tab (B-1…B-4).</summary>
public partial class ChatbotTab
{
    private UnsavedChangesGuard? _guard;
    private ChatbotForm? _form;
    private IReadOnlyList<BotChoice> _bots = [];
    private string? _error;

    [Parameter, EditorRequired]
    public int ChannelId { get; set; }

    /// <summary>The open channel page's check of the viewer's rights to change its settings (P-6).</summary>
    [CascadingParameter]
    private ChannelGuard? Guard { get; set; }

    [Inject]
    private ChatbotSettingsService Chatbots { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BotsText> L { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _bots = await Chatbots.BotsAsync();
        _form = await Chatbots.GetAsync(ChannelId);
    }

    private string KindName(BotKind kind) => kind == BotKind.Webhook ? L["Webhook bot"] : L["FAQ bot"];

    private async Task SaveAsync()
    {
        if (Guard is not null && !await Guard.MayModifyAsync())
        {
            return;
        }

        var saved = await Chatbots.SaveAsync(ChannelId, _form!);
        _error = Feedback.Text(saved);
        if (saved.Succeeded)
        {
            Snackbar.Add(L["Chatbot settings saved."], Severity.Success);
            _guard?.MarkSaved();
        }
    }
}
