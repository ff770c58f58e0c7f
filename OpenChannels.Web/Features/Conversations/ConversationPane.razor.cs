using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.QuickReplies;
using OpenChannels.Web.Features.Shared;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>One conversation: its header actions (M-2, M-3, M-5), messages (M-6) and reply box (M-4).</summary>
public partial class ConversationPane : IAsyncDisposable
{
    [CascadingParameter]
    private ViewerTime Times { get; set; } = ViewerTime.Utc;

    private static readonly string[] Emoji =
    [
        "😀", "😂", "😊", "😉", "😍", "🤔", "😅", "😢", "👍", "👎", "👏", "🙏",
        "🎉", "❤️", "🔥", "✅", "❌", "⭐", "👋", "🙂", "😎", "🤝", "📎", "⏰",
    ];

    private ConversationDetails? _details;
    private bool _loaded;
    private int _loadedId;
    private int _loadedVersion = -1;
    private string _text = string.Empty;
    private bool _silent;
    private bool _busy;
    private DateTimeOffset _lastTypingSent;
    private IReadOnlyList<QuickReplyRow> _quickReplies = [];
    private IReadOnlyList<string> _colleagues = [];
    private ElementReference _composer;
    private ElementReference _sendButton;
    private MessageList? _messageList;
    private IJSObjectReference? _js;
    private bool _scrollPending;

    [Parameter, EditorRequired]
    public int ConversationId { get; set; }

    [Parameter, EditorRequired]
    public Viewer Viewer { get; set; } = default!;

    /// <summary>Changes when the conversation changed elsewhere: the pane re-reads it.</summary>
    [Parameter]
    public int Version { get; set; }

    /// <summary>A-9: what the client is typing right now.</summary>
    [Parameter]
    public string? ClientTyping { get; set; }

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ConversationQueries Conversations { get; set; } = default!;

    [Inject]
    private MessengerService Messenger { get; set; } = default!;

    [Inject]
    private EmployeeService Employees { get; set; } = default!;

    [Inject]
    private QuickReplyService QuickReplies { get; set; } = default!;

    [Inject]
    private AttachmentStore Files { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private bool IsMine => _details?.HolderEmployeeId == Viewer.EmployeeId;

    /// <summary>The holder and invited colleagues reply; anyone may reply to (and so accept) an unassigned one.</summary>
    private bool CanReply => _details is { IsOpen: true } d
        && (d.HolderEmployeeId is null || IsMine || d.ParticipantIds.Contains(Viewer.EmployeeId));

    private string StatusText => _details?.Status switch
    {
        ConversationStatus.Unassigned => "Unanswered, not taken yet",
        ConversationStatus.Assigned when !_details.IsAccepted => $"Offered to {_details.HolderName}, not accepted yet",
        ConversationStatus.Assigned => $"With {_details.HolderName}, not answered yet",
        ConversationStatus.Answered => $"With {_details.HolderName}, the client wrote again",
        ConversationStatus.WaitingForClient => $"With {_details.HolderName}, waiting for the client",
        ConversationStatus.Closed or ConversationStatus.FullyClosed => "Closed",
        ConversationStatus.Spam => "Marked as spam",
        _ => string.Empty,
    };

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == ConversationId && _loadedVersion == Version)
        {
            return;
        }

        var switched = _loadedId != ConversationId;
        (_loadedId, _loadedVersion) = (ConversationId, Version);
        await LoadAsync();
        if (switched)
        {
            _text = string.Empty;
            _silent = false;
            if (_details is not null)
            {
                _quickReplies = await QuickReplies.ForChannelAsync(_details.OpenChannelId);
                _colleagues = (await Employees.ListAsync(null, false)).Where(e => e.Id != Viewer.EmployeeId).Select(e => e.FullName).ToList();
            }
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        _js ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/contact-center.js");
        if (_details is { IsOpen: true })
        {
            await _js.InvokeVoidAsync("bindComposer", _composer, _sendButton);
        }

        if (_scrollPending)
        {
            _scrollPending = false;
            await _js.InvokeVoidAsync("scrollToBottom", _messageList!.Element);
        }
    }

    private async Task LoadAsync()
    {
        _details = await Conversations.GetAsync(Viewer, ConversationId);
        _loaded = true;
        _scrollPending = true;
        if (_details is null)
        {
            return;
        }

        // Reading happens in an open tab, not while the server prerenders the page.
        if (_details.Unread > 0 && RendererInfo.IsInteractive)
        {
            await Messenger.MarkReadAsync(Viewer, ConversationId);
        }
    }

    private async Task SendAsync()
    {
        var text = _text.Trim();
        if (text.Length == 0 || _busy || _details is null)
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
        if (Report(sent.WithoutValue(), null))
        {
            _text = string.Empty;
            await Messenger.AgentTypingAsync(Viewer, ConversationId, typing: false);
            await LoadAsync();
        }
    }

    /// <summary>M-4: /quote, /rename and /id.</summary>
    private async Task RunCommandAsync(SlashCommand command)
    {
        switch (command.Kind)
        {
            case SlashCommandKind.Rename:
                if (Report(await Messenger.RenameAsync(Viewer, ConversationId, command.Argument), command.Argument.Length == 0 ? "Title removed." : "Conversation renamed (only employees see the title)."))
                {
                    _text = string.Empty;
                    await LoadAsync();
                }

                break;
            case SlashCommandKind.Id:
                Snackbar.Add($"This is conversation #{ConversationId}.", Severity.Info);
                _text = string.Empty;
                break;
            case SlashCommandKind.Quote:
                var quoted = command.Argument.Length > 0
                    ? command.Argument
                    : _details!.Messages.LastOrDefault(m => m.Kind == MessageKind.Client && !m.IsDeleted)?.Text ?? string.Empty;
                _text = QuoteText(quoted);
                break;
            default:
                Snackbar.Add($"Unknown command /{command.Argument}. Try /quote, /rename or /id (start with // to send a slash).", Severity.Warning);
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

    private void Append(string value) => _text = string.IsNullOrEmpty(_text) || _text.EndsWith(' ') || _text.EndsWith('\n') ? _text + value : $"{_text} {value}";

    private void Quote(AgentMessage message) => _text = QuoteText(message.Text) + _text;

    private async Task SendFileAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        if (file.Size > AttachmentStore.MaxBytes)
        {
            Snackbar.Add($"The file is larger than {AttachmentStore.MaxBytes / 1024 / 1024} MB.", Severity.Error);
            return;
        }

        _busy = true;
        await using var stream = file.OpenReadStream(AttachmentStore.MaxBytes);
        var saved = await Files.SaveAsync(stream, file.Name);
        if (saved.Succeeded)
        {
            var sent = await Messenger.SendAsync(Viewer, ConversationId, _text, asNote: false, saved.Value);
            if (Report(sent.WithoutValue(), "File sent."))
            {
                _text = string.Empty;
            }
        }
        else
        {
            Report(saved.WithoutValue(), null);
        }

        _busy = false;
        await LoadAsync();
    }

    private Task AcceptAsync() => ActAsync(() => Messenger.AcceptAsync(Viewer, ConversationId), "You have the conversation.");

    private async Task AcceptAndCloseAsync()
    {
        if (!_details!.ConfirmBeforeClosing || await ConfirmAsync("Accept and close?", "The conversation is closed without an answer."))
        {
            await ActAsync(() => Messenger.CloseAsync(Viewer, ConversationId), "Conversation closed.");
        }
    }

    private Task TakeAsync() => ActAsync(() => Messenger.TakeAsync(Viewer, ConversationId), "You have taken over the conversation.");

    private Task TogglePinAsync() =>
        ActAsync(() => Messenger.SetPinnedAsync(Viewer, ConversationId, !_details!.IsPinned), _details!.IsPinned ? "Unpinned." : "Pinned: it stays with you.");

    private async Task FinishAsync()
    {
        // O-4: the channel decides whether agents confirm before closing.
        if (!_details!.ConfirmBeforeClosing || await ConfirmAsync("Finish the conversation?", "If the client writes again, a new conversation starts."))
        {
            await ActAsync(() => Messenger.CloseAsync(Viewer, ConversationId), "Conversation finished.");
        }
    }

    private async Task SpamAsync()
    {
        if (await ConfirmAsync("Mark as spam?", "The conversation is closed. The client can still write again later."))
        {
            await ActAsync(() => Messenger.MarkSpamAsync(Viewer, ConversationId), "Marked as spam.");
        }
    }

    private async Task TransferAsync()
    {
        var parameters = new DialogParameters<TransferDialog> { { d => d.CurrentChannelId, _details!.OpenChannelId }, { d => d.ExcludeEmployeeId, _details.HolderEmployeeId } };
        var dialog = await Dialogs.ShowAsync<TransferDialog>("Transfer the conversation", parameters, AppDialogs.Small);
        if (await dialog.Result is { Canceled: false, Data: TransferTarget target })
        {
            await ActAsync(
                () => target.EmployeeId is { } employee
                    ? Messenger.TransferToEmployeeAsync(Viewer, ConversationId, employee)
                    : Messenger.TransferToChannelAsync(Viewer, ConversationId, target.OpenChannelId!.Value),
                "Conversation transferred.");
        }
    }

    private async Task InviteAsync()
    {
        var dialog = await Dialogs.ShowAsync<InviteDialog>("Invite colleagues", AppDialogs.Small);
        if (await dialog.Result is { Canceled: false, Data: IReadOnlyCollection<int> ids } && ids.Count > 0)
        {
            await ActAsync(() => Messenger.InviteAsync(Viewer, ConversationId, ids), "Colleagues invited.");
        }
    }

    private async Task HistoryAsync()
    {
        var parameters = new DialogParameters<HistoryDialog> { { d => d.ConversationId, ConversationId }, { d => d.Viewer, Viewer } };
        await Dialogs.ShowAsync<HistoryDialog>($"{_details!.ClientName}: message history", parameters, AppDialogs.Medium);
    }

    private async Task AuditAsync()
    {
        var parameters = new DialogParameters<RoutingAuditDialog> { { d => d.ConversationId, ConversationId }, { d => d.Viewer, Viewer } };
        await Dialogs.ShowAsync<RoutingAuditDialog>("Assignment audit", parameters, AppDialogs.Small);
    }

    private async Task EditAsync(AgentMessage message)
    {
        if (await PromptAsync("Edit the message", "Text", message.Text, lines: 4) is { } text)
        {
            await ActAsync(() => Messenger.EditMessageAsync(Viewer, ConversationId, message.Id, text), "Message edited.");
        }
    }

    private async Task DeleteAsync(AgentMessage message)
    {
        if (await ConfirmAsync("Delete the message?", "The client sees \"Message deleted\". The text is kept in the audit."))
        {
            await ActAsync(() => Messenger.DeleteMessageAsync(Viewer, ConversationId, message.Id), "Message deleted.");
        }
    }

    /// <summary>C-1: the agreement in the words the client accepted, even if it was reworded since.</summary>
    private async Task ShowConsentAsync()
    {
        if (_details?.Consent is { } consent)
        {
            await Dialogs.ShowMessageBoxAsync(consent.Title, consent.Text, yesText: "Close");
        }
    }

    private async Task SaveQuickReplyAsync(AgentMessage message)
    {
        var suggested = message.Text.Length <= 40 ? message.Text : message.Text[..40] + "…";
        if (await PromptAsync("Save as quick reply", "Title", suggested, lines: 1) is { } title)
        {
            await ActAsync(() => Messenger.SaveAsQuickReplyAsync(Viewer, ConversationId, message.Id, title), "Saved as a quick reply.");
            _quickReplies = await QuickReplies.ForChannelAsync(_details!.OpenChannelId);
        }
    }

    private async Task SplitAsync(AgentMessage message)
    {
        if (!await ConfirmAsync("Move to a new conversation?", "This message and the ones after it become a new conversation; the earlier part is closed."))
        {
            return;
        }

        var split = await Messenger.SplitFromAsync(Viewer, ConversationId, message.Id);
        if (Report(split.WithoutValue(), "Moved to a new conversation."))
        {
            Navigation.NavigateTo($"/contact-center/{split.Value}");
        }
    }

    private async Task ActAsync(Func<Task<Result>> action, string success)
    {
        if (Report(await action(), success))
        {
            await LoadAsync();
        }
    }

    private bool Report(Result result, string? success)
    {
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Error.Message, Severity.Error);
        }
        else if (success is not null)
        {
            Snackbar.Add(success, Severity.Success);
        }

        return result.Succeeded;
    }

    private async Task<bool> ConfirmAsync(string title, string text) =>
        await Dialogs.ConfirmAsync(title, text, "Yes");

    private async Task<string?> PromptAsync(string title, string label, string value, int lines)
    {
        var parameters = new DialogParameters<TextPromptDialog> { { d => d.Label, label }, { d => d.InitialValue, value }, { d => d.Lines, lines } };
        var dialog = await Dialogs.ShowAsync<TextPromptDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        return await dialog.Result is { Canceled: false, Data: string text } ? text : null;
    }

    private static string Initial(string name) => name.Length > 0 ? char.ToUpperInvariant(name[0]).ToString() : "?";

    public async ValueTask DisposeAsync()
    {
        if (_js is not null)
        {
            try
            {
                await _js.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
            }
        }
    }
}
