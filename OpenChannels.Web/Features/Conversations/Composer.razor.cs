using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Notifications;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.QuickReplies;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>M-4: the reply box of an open conversation, with its slash commands and reply rules.</summary>
public partial class Composer : IAsyncDisposable
{
    private static readonly string[] Emoji =
    [
        "😀", "😂", "😊", "😉", "😍", "🤔", "😅", "😢", "👍", "👎", "👏", "🙏",
        "🎉", "❤️", "🔥", "✅", "❌", "⭐", "👋", "🙂", "😎", "🤝", "📎", "⏰",
    ];

    private int _conversationId;
    private string _text = string.Empty;
    private bool _silent;
    private bool _busy;
    private DateTimeOffset _lastTypingSent;
    private IReadOnlyList<QuickReplyRow> _quickReplies = [];
    private IReadOnlyList<string> _colleagues = [];
    private ElementReference _textarea;
    private ElementReference _sendButton;
    private IJSObjectReference? _js;

    [Parameter, EditorRequired]
    public ConversationDetails Details { get; set; } = default!;

    [Parameter, EditorRequired]
    public Viewer Viewer { get; set; } = default!;

    /// <summary>A reply, note, file or rename was saved: the pane re-reads the conversation.</summary>
    [Parameter]
    public EventCallback OnSent { get; set; }

    [Inject]
    private IStringLocalizer<ConversationsText> L { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private MessengerService Messenger { get; set; } = default!;

    [Inject]
    private QuickReplyService QuickReplies { get; set; } = default!;

    [Inject]
    private AgentFileService FileSender { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private int ConversationId => Details.Id;

    /// <summary>
    /// The holder and invited colleagues reply; whoever may join may reply to (and so accept) an unassigned one. Someone
    /// who may only read it takes it over first, when their rights allow that.
    /// </summary>
    private bool CanReply => Details is { IsOpen: true, May.MayJoin: true } d
        && (d.HolderEmployeeId is null || d.HolderEmployeeId == Viewer.EmployeeId || d.ParticipantIds.Contains(Viewer.EmployeeId));

    protected override async Task OnParametersSetAsync()
    {
        if (_conversationId == Details.Id)
        {
            return;
        }

        // Another conversation: a fresh box, with that channel's quick replies.
        _conversationId = Details.Id;
        _text = string.Empty;
        _silent = false;
        await ReloadQuickRepliesAsync();
        _colleagues = (await Messenger.MentionableAsync(Viewer, Details.Id)).Select(c => c.Name).ToList();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _js = await JS.InvokeAsync<IJSObjectReference>("import", "./js/contact-center.js");
        }

        if (_js is not null)
        {
            await _js.InvokeVoidAsync("bindComposer", _textarea, _sendButton);
        }
    }

    /// <summary>Puts the message, quoted, before what is being written.</summary>
    public void Quote(string text)
    {
        _text = QuoteText(text) + _text;
        StateHasChanged();
    }

    /// <summary>The channel's list changed (a message was saved as a quick reply).</summary>
    /// <summary>The channel's quick replies, when the viewer may use them (P-2).</summary>
    public async Task ReloadQuickRepliesAsync() =>
        _quickReplies = Details.May.MayUseQuickReplies ? await QuickReplies.ForChannelAsync(Details.OpenChannelId) : [];

    private async Task SendAsync()
    {
        var text = _text.Trim();
        if (text.Length == 0 || _busy)
        {
            return;
        }

        if (SlashCommand.Parse(text) is { } command)
        {
            await RunCommandAsync(command);
            return;
        }

        _busy = true;
        var sent = await Messenger.SendAsync(Viewer, ConversationId, text, _silent);
        _busy = false;
        if (Feedback.Report(sent, null))
        {
            _text = string.Empty;
            await Messenger.AgentTypingAsync(Viewer, ConversationId, typing: false);
            await OnSent.InvokeAsync();
        }
    }

    /// <summary>M-4: /quote, /rename and /id.</summary>
    private async Task RunCommandAsync(SlashCommand command)
    {
        switch (command.Kind)
        {
            case SlashCommandKind.Rename:
                var renamed = await Messenger.RenameAsync(Viewer, ConversationId, command.Argument);
                if (Feedback.Report(renamed, command.Argument.Length == 0 ? L["Title removed."] : L["Conversation renamed (only employees see the title)."]))
                {
                    _text = string.Empty;
                    await OnSent.InvokeAsync();
                }

                break;
            case SlashCommandKind.Id:
                Snackbar.Add(L["This is conversation #{0}.", ConversationId], Severity.Info);
                _text = string.Empty;
                break;
            case SlashCommandKind.Quote:
                var quoted = command.Argument.Length > 0
                    ? command.Argument
                    : Details.Messages.LastOrDefault(m => m.Kind == MessageKind.Client && !m.IsDeleted)?.Text ?? string.Empty;
                _text = QuoteText(quoted);
                break;
            default:
                Snackbar.Add(L["Unknown command /{0}. Try /quote, /rename or /id (start with // to send a slash).", command.Argument], Severity.Warning);
                break;
        }
    }

    private static string QuoteText(string text) =>
        string.Join('\n', text.Split('\n').Select(line => $"> {line}")) + "\n";

    private async Task TypingAsync()
    {
        // The client sees "… is typing" for replies, at most once a second, never for notes.
        if (_silent || !CanReply || Clock.GetUtcNow() - _lastTypingSent < TimeSpan.FromSeconds(1))
        {
            return;
        }

        _lastTypingSent = Clock.GetUtcNow();
        await Messenger.AgentTypingAsync(Viewer, ConversationId, typing: _text.Length > 0);
    }

    /// <summary>A mention notifies the colleague, and belongs in an internal note: the client never sees colleagues' names.</summary>
    private void Mention(string colleague)
    {
        _silent = true;
        Append(Mentions.Sign + colleague + " ");
    }

    private void Append(string value) => _text = string.IsNullOrEmpty(_text) || _text.EndsWith(' ') || _text.EndsWith('\n') ? _text + value : $"{_text} {value}";

    private async Task SendFileAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        if (file.Size > AttachmentStore.MaxBytes)
        {
            Snackbar.Add(L["The file is larger than {0} MB.", AttachmentStore.MaxBytes / 1024 / 1024], Severity.Error);
            return;
        }

        _busy = true;
        await using var stream = file.OpenReadStream(AttachmentStore.MaxBytes);
        var sent = await FileSender.SendFileAsync(Viewer, ConversationId, _text, stream, file.Name);
        if (Feedback.Report(sent, L["File sent."]))
        {
            _text = string.Empty;
        }

        _busy = false;
        await OnSent.InvokeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _js.ReleaseAsync();
    }
}
