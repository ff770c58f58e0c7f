using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Reports;

/// <summary>
/// The reports: a period (last 30 days first) and a channel, then the charts of <see cref="ReportService"/>. Each
/// change computes the report again; a change made while one is computed cancels it. The page keeps only the figures.
/// </summary>
public sealed partial class ReportsPage : IDisposable
{
    private DateRange _range = new();
    private DateTime _today;
    private int? _channelId;
    private IReadOnlyList<ReportChannel> _channels = [];
    private Report? _report;
    private bool _loading = true;
    private string? _periodError;
    private CancellationTokenSource? _building;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [CascadingParameter]
    private ViewerTime Time { get; set; } = ViewerTime.Utc;

    [Inject]
    private ReportService Reports { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ErrorMessages Errors { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ReportsText> Text { get; set; } = default!;

    [Inject]
    private ILogger<ReportsPage> Logger { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var filter = ReportFilter.LastDays(Clock.GetUtcNow(), Time.Zone);
        _today = filter.To.ToDateTime(TimeOnly.MinValue);
        _range = new DateRange(filter.From.ToDateTime(TimeOnly.MinValue), _today);

        // Computed once the circuit is up, not twice (prerendering shows the loading bar meanwhile).
        if (RendererInfo.IsInteractive)
        {
            _channels = await Reports.ChannelsAsync(CancellationToken.None);
            await BuildAsync();
        }
    }

    public void Dispose()
    {
        _building?.Cancel();
        _building?.Dispose();
    }

    private Task OnPeriodChangedAsync(DateRange range)
    {
        _range = range;
        return BuildAsync();
    }

    private Task OnChannelChangedAsync(int? channelId)
    {
        _channelId = channelId;
        return BuildAsync();
    }

    private async Task BuildAsync()
    {
        if (_range.Start is not { } start || _range.End is not { } end)
        {
            return;
        }

        var filter = new ReportFilter(DateOnly.FromDateTime(start), DateOnly.FromDateTime(end), _channelId, Time.Zone);
        _periodError = filter.Refusal() is { } refused ? Errors.Of(refused) : null;
        if (_periodError is not null)
        {
            return;
        }

        _building?.Cancel();
        _building?.Dispose();
        var building = _building = new CancellationTokenSource();
        _loading = true;
        StateHasChanged();
        try
        {
            var viewer = Viewer.From((await AuthenticationState).User)!;
            var report = await Reports.BuildAsync(viewer, filter, building.Token);
            if (building.IsCancellationRequested)
            {
                // A newer choice is being computed: its figures, not these, are the page's.
                return;
            }

            _report = report;
        }
        catch (OperationCanceledException) when (building.IsCancellationRequested)
        {
            return;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            Logger.LogError(failure, "A report could not be computed");
            Feedback.Say(Text["The report could not be computed. Try again in a moment."], Severity.Error);
        }

        _loading = false;
    }
}
