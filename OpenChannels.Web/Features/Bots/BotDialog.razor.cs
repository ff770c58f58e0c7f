using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Bots;

/// <summary>Adds a bot or edits one (B-1): its name, and the FAQ bot's no-match text or the webhook bot's address and failure limit.</summary>
public partial class BotDialog
{
    private const string UrlExample = "https://bot.example.com/openchannels";

    /// <summary>The English default, shown in grey; a channel in another language sends its own.</summary>
    private static readonly string DefaultNoMatch = DefaultTexts.For(ChannelLanguage.English, DefaultText.BotNoMatch);

    private MudForm? _formRef;
    private bool _isValid;
    private bool _busy;
    private string? _error;
    private BotForm _form = new();

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The kind of a new bot; ignored when editing one.</summary>
    [Parameter]
    public BotKind Kind { get; set; } = BotKind.Faq;

    /// <summary>The bot to edit; null for a new one.</summary>
    [Parameter]
    public Bot? Bot { get; set; }

    [Inject]
    private BotService Bots { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BotsText> L { get; set; } = default!;

    protected override void OnInitialized() => _form = Bot is { } bot
        ? new BotForm { Kind = bot.Kind, Name = bot.Name, NoMatchText = bot.NoMatchText, WebhookUrl = bot.WebhookUrl, FailureLimit = bot.FailureLimit }
        : new BotForm { Kind = Kind };

    /// <summary>Closes with the new bot's id and, for a webhook bot, its credentials in clear (to show once); with true after an edit.</summary>
    private async Task SaveAsync()
    {
        await _formRef!.ValidateAsync();
        if (!_isValid)
        {
            return;
        }

        _busy = true;
        if (Bot is { } bot)
        {
            var saved = await Bots.UpdateAsync(bot.Id, _form);
            _busy = false;
            _error = Feedback.Text(saved);
            if (saved.Succeeded)
            {
                Dialog.Close(DialogResult.Ok(true));
            }

            return;
        }

        var created = await Bots.CreateAsync(_form);
        _busy = false;
        _error = Feedback.Text(created);
        if (created.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(created.Value));
        }
    }
}
