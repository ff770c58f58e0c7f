using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>
/// The supervisors' conversation list (K-3): every conversation their "statistics" level reaches, paged, filtered and
/// sorted on the server, with the columns they chose; opened, joined or rated from the row, exported as CSV.
/// </summary>
public sealed partial class ConversationsPage
{
    private MudDataGrid<ConversationListRow>? _grid;
    private ConversationListFilter _filter = new() { Spam = false };
    private ListChoices _choices = new([], [], []);
    private IReadOnlyList<ListColumn> _columns = ListColumns.Default;
    private Viewer _viewer = default!;
    private ListColumn _sortBy = ListColumn.Opened;
    private bool _descending = true;
    private bool _exporting;
    private long _exported;
    private long _exportTotal;
    private DotNetObjectReference<ConversationsPage>? _self;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [CascadingParameter]
    private ViewerTime Times { get; set; } = ViewerTime.Utc;

    [Inject]
    private ConversationListService List { get; set; } = default!;

    [Inject]
    private ListExports Exports { get; set; } = default!;

    [Inject]
    private MessengerService Messenger { get; set; } = default!;

    [Inject]
    private ListWording Words { get; set; } = default!;

    [Inject]
    private IStringLocalizer<StatisticsText> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ConversationsText> ConversationWords { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private double ExportPercent => _exportTotal == 0 ? 0 : Math.Min(100, 100.0 * _exported / _exportTotal);

    protected override async Task OnInitializedAsync()
    {
        _viewer = Viewer.From((await AuthenticationState).User)!;
        _columns = await List.ColumnsAsync(_viewer);
        _choices = await List.ChoicesAsync();
    }

    private async Task<GridData<ConversationListRow>> LoadAsync(GridState<ConversationListRow> state, CancellationToken cancellationToken)
    {
        if (state.SortDefinitions.FirstOrDefault() is { } sort && ListSorts.ByProperty(sort.SortBy) is { } column)
        {
            (_sortBy, _descending) = (column, sort.Descending);
        }
        else
        {
            (_sortBy, _descending) = (ListColumn.Opened, true);
        }

        var page = await List.PageAsync(_viewer, new ConversationListQuery(_filter, _sortBy, _descending, state.Page, state.PageSize), cancellationToken);
        return Feedback.Report(page, null) && page.Value is { } slice
            ? new GridData<ConversationListRow> { Items = slice.Rows, TotalItems = slice.Total }
            : new GridData<ConversationListRow> { Items = [], TotalItems = 0 };
    }

    private bool Hides(ListColumn column) => !_columns.Contains(column);

    private async Task ColumnsChangedAsync(IReadOnlyList<ListColumn> columns)
    {
        if (Feedback.Report(await List.SaveColumnsAsync(_viewer, columns), null))
        {
            _columns = columns;
        }
    }

    private async Task FilterChangedAsync(ConversationListFilter filter)
    {
        _filter = filter;
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task JoinAsync(ConversationListRow row)
    {
        if (Feedback.Report(await Messenger.TakeAsync(_viewer, row.Id), null))
        {
            Navigation.NavigateTo($"/contact-center/{row.Id}");
        }
    }

    private async Task RateAsync(ConversationListRow row)
    {
        var parameters = new DialogParameters<RateConversationDialog> { { d => d.Stars, row.SupervisorStars ?? 0 } };
        var dialog = await Dialogs.ShowAsync<RateConversationDialog>(ConversationWords["Rate the conversation"], parameters, AppDialogs.Small);
        if (await dialog.Result is { Canceled: false, Data: RateConversationDialog.Rating given }
            && Feedback.Report(await Messenger.RateAsync(_viewer, row.Id, given.Stars, given.Comment), ConversationWords["Rating saved."])
            && _grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task ExportAsync()
    {
        var count = await List.CountAsync(_viewer, _filter);
        if (!Feedback.Report(count, null))
        {
            return;
        }

        var query = ListQueryString.Of(_filter, _sortBy, _descending, _columns);
        if (count.Value > ListExports.InBrowserLimit)
        {
            Feedback.Report(await Exports.StartAsync(_viewer, query), L["The export of {0} rows runs in the background: the bell tells you when its file is ready.", count.Value.ToString("N0")]);
            return;
        }

        (_exporting, _exported, _exportTotal) = (true, 0, count.Value);
        StateHasChanged();
        try
        {
            _self ??= DotNetObjectReference.Create(this);
            var outcome = await JS.InvokeAsync<DownloadOutcome>("ocDownloadCsv", $"/conversations/export.csv{query}", StatisticsEndpoints.FileName(Times, TimeProvider.System), _self);
            if (!outcome.Ok)
            {
                Feedback.Say(L["The export failed: {0}", outcome.Detail ?? L["the server did not answer."]], Severity.Error);
            }
        }
        catch (JSException failure)
        {
            Feedback.Say(L["The export failed: {0}", failure.Message], Severity.Error);
        }
        finally
        {
            _exporting = false;
        }
    }

    /// <summary>The browser tells how many rows it received so far.</summary>
    [JSInvokable]
    public Task ExportProgress(long rows)
    {
        _exported = Math.Max(0, rows - 1);
        return InvokeAsync(StateHasChanged);
    }

    public ValueTask DisposeAsync()
    {
        _self?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static Color StatusColor(ConversationStatus status) => status switch
    {
        ConversationStatus.Unassigned => Color.Warning,
        ConversationStatus.Spam => Color.Error,
        ConversationStatus.Closed or ConversationStatus.FullyClosed => Color.Default,
        _ => Color.Info,
    };

    private sealed record DownloadOutcome(bool Ok, string? Detail);
}
