using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Bots;

/// <summary>Adds or edits one FAQ entry (B-1): its language, the ways clients ask, the answer and whether it offers an agent.</summary>
public partial class FaqEntryDialog
{
    /// <summary>The select's value for an entry in no particular language.</summary>
    private const int AnyLanguage = 0;

    private MudForm? _formRef;
    private bool _isValid;
    private bool _busy;
    private string? _error;
    private int _language = AnyLanguage;
    private FaqEntryForm _form = new();

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public int BotId { get; set; }

    /// <summary>The entry to edit; null for a new one.</summary>
    [Parameter]
    public FaqEntry? Entry { get; set; }

    [Inject]
    private BotService Bots { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BotsText> L { get; set; } = default!;

    protected override void OnInitialized()
    {
        if (Entry is { } entry)
        {
            _form = new FaqEntryForm { Language = entry.Language, Phrasings = entry.Phrasings, Answer = entry.Answer, OffersAgent = entry.OffersAgent };
            _language = entry.Language is { } language ? (int)language : AnyLanguage;
        }
    }

    private async Task SaveAsync()
    {
        await _formRef!.ValidateAsync();
        if (!_isValid)
        {
            return;
        }

        _busy = true;
        _form.Language = _language == AnyLanguage ? null : (ChannelLanguage)_language;
        var saved = await Bots.SaveEntryAsync(BotId, Entry?.Id, _form);
        _busy = false;
        _error = Feedback.Text(saved);
        if (saved.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(saved.Value));
        }
    }
}
