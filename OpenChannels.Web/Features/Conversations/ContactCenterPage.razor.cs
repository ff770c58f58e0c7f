using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>M-1, M-7: the agent's conversations, refreshed by the feed as things happen, with alerts.</summary>
public partial class ContactCenterPage
{
    private Viewer? _viewer;
    private IReadOnlyList<ConversationRow> _rows = [];
    private IDisposable? _subscription;
    private IJSObjectReference? _js;
    private int _version;
    private string? _clientTyping;
    private bool _notifications = true;
    private bool _sound = true;
    private int _unreadTotal;
    private string? _announcement;

    [Parameter]
    public int? ConversationId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ConversationQueries Conversations { get; set; } = default!;

    [Inject]
    private AgentFeed Feed { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _viewer = Viewer.From((await AuthenticationState).User);
        await ReloadAsync();
        _subscription = Feed.Subscribe(OnEventAsync);
    }

    protected override void OnParametersSet() => _clientTyping = null;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _js = await JS.InvokeAsync<IJSObjectReference>("import", "./js/contact-center.js");
            // Nothing kept in this browser yet (or no storage): both stay on.
            if (await _js.InvokeAsync<Preferences?>("getPreferences") is { } preferences)
            {
                (_notifications, _sound) = (preferences.Notifications, preferences.Sound);
            }

            await _js.InvokeVoidAsync("bindShortcuts");

            StateHasChanged();
        }
    }

    private async Task ReloadAsync()
    {
        if (_viewer is not null)
        {
            _rows = await Conversations.ListAsync(_viewer);
            _unreadTotal = _rows.Sum(r => r.Unread);
        }
    }

    private Task OnEventAsync(ConversationEvent e) => InvokeAsync(async () =>
    {
        if (e.Kind == ConversationEventKind.ClientTyping)
        {
            if (e.ConversationId == ConversationId)
            {
                // the text as it is typed, or — with live typing off — an empty string: "typing…" alone.
                _clientTyping = !e.IsTyping ? null : e.TypingText ?? string.Empty;
                StateHasChanged();
            }

            return;
        }

        var row = _viewer is null ? null : await Conversations.RowAsync(_viewer, e.ConversationId);
        _rows = ConversationRow.Merge(_rows, e.ConversationId, row);
        _unreadTotal = _rows.Sum(r => r.Unread);
        if (e.ConversationId == ConversationId)
        {
            _version++;
            _clientTyping = null;
        }

        // The list first: the sound and the notification are two browser round trips that must not hold it back.
        StateHasChanged();
        if (row is not null && e.Kind is ConversationEventKind.Created or ConversationEventKind.MessageAdded)
        {
            // Screen readers hear what sighted agents see appear in the list.
            _announcement = e.Kind == ConversationEventKind.Created
                ? L["New conversation from {0}", row.ClientName]
                : L["New message from {0}", row.ClientName];
            StateHasChanged();
            await AlertAsync(row);
        }
    });

    /// <summary>M-1: a notification and a sound on each new client message, as the agent chose.</summary>
    private async Task AlertAsync(ConversationRow row)
    {
        if (_js is null)
        {
            return;
        }

        try
        {
            if (_sound)
            {
                await _js.InvokeVoidAsync("beep");
            }

            var watching = row.Id == ConversationId && await _js.InvokeAsync<bool>("isPageVisible");
            if (_notifications && !watching)
            {
                await _js.InvokeAsync<bool>("notify", $"{row.ClientName} · {row.ChannelName}", ConversationList.PreviewText(L, row.Preview), $"{Navigation.BaseUri}contact-center/{row.Id}");
            }
        }
        catch (JSDisconnectedException)
        {
        }
    }

    /// <summary>The keyboard shortcuts, from the toolbar button (the "?" key presses it).</summary>
    private async Task ShowShortcutsAsync() => await Dialogs.ShowAsync<ShortcutsDialog>(L["Keyboard shortcuts"], AppDialogs.Small);

    private async Task ToggleNotificationsAsync()
    {
        _notifications = !_notifications;
        if (_notifications && _js is not null)
        {
            await _js.InvokeAsync<string>("requestPermission");
        }

        await SavePreferencesAsync();
    }

    private async Task ToggleSoundAsync()
    {
        _sound = !_sound;
        await SavePreferencesAsync();
    }

    private async Task SavePreferencesAsync()
    {
        if (_js is not null)
        {
            await _js.InvokeVoidAsync("setPreferences", new Preferences(_notifications, _sound));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_js is not null)
        {
            try
            {
                await _js.InvokeVoidAsync("unbindShortcuts");
            }
            catch (JSDisconnectedException)
            {
            }
        }

        await _js.ReleaseAsync();
    }

    private sealed record Preferences(bool Notifications, bool Sound);
}
