using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>
/// One conversation: it loads the conversation, marks it read, and answers what is done to single messages (edit,
/// delete, save as quick reply, split). The header and the composer act on the conversation and ask it to reload.
/// </summary>
public partial class ConversationPane : IAsyncDisposable
{
    private ConversationDetails? _details;
    private bool _loaded;
    private int _loadedId;
    private int _loadedVersion = -1;
    private MessageList? _messageList;
    private Composer? _composer;
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
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private ConversationQueries Conversations { get; set; } = default!;

    [Inject]
    private MessengerService Messenger { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == ConversationId && _loadedVersion == Version)
        {
            return;
        }

        (_loadedId, _loadedVersion) = (ConversationId, Version);
        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_scrollPending && _messageList is not null)
        {
            _scrollPending = false;
            _js ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/contact-center.js");
            await _js.InvokeVoidAsync("scrollToBottom", _messageList.Element);
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

    private async Task EditAsync(AgentMessage message)
    {
        if (await Dialogs.PromptAsync(L["Edit the message"], L["Text"], message.Text, lines: 4) is { } text)
        {
            await ActAsync(() => Messenger.EditMessageAsync(Viewer, ConversationId, message.Id, text), L["Message edited."]);
        }
    }

    private async Task DeleteAsync(AgentMessage message)
    {
        if (await Dialogs.ConfirmAsync(L["Delete the message?"], L["The client sees \"Message deleted\". The text is kept in the audit."], L["Yes"]))
        {
            await ActAsync(() => Messenger.DeleteMessageAsync(Viewer, ConversationId, message.Id), L["Message deleted."]);
        }
    }

    private async Task SaveQuickReplyAsync(AgentMessage message)
    {
        var suggested = message.Text.Length <= 40 ? message.Text : message.Text[..40] + "…";
        if (await Dialogs.PromptAsync(L["Save as quick reply"], L["Title"], suggested) is { } title)
        {
            await ActAsync(() => Messenger.SaveAsQuickReplyAsync(Viewer, ConversationId, message.Id, title), L["Saved as a quick reply."]);
            if (_composer is not null)
            {
                await _composer.ReloadQuickRepliesAsync();
            }
        }
    }

    private async Task SplitAsync(AgentMessage message)
    {
        if (!await Dialogs.ConfirmAsync(L["Move to a new conversation?"], L["This message and the ones after it become a new conversation; the earlier part is closed."], L["Yes"]))
        {
            return;
        }

        var split = await Messenger.SplitFromAsync(Viewer, ConversationId, message.Id);
        if (split.Succeeded)
        {
            Snackbar.Add(L["Moved to a new conversation."], Severity.Success);
            Navigation.NavigateTo($"/contact-center/{split.Value}");
        }
        else
        {
            Feedback.Report(split, null);
        }
    }

    private async Task ActAsync(Func<Task<Result>> action, string success)
    {
        if (Feedback.Report(await action(), success))
        {
            await LoadAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _js.ReleaseAsync();
    }
}
