using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

/// <summary>The deals the viewer may see (CRM-1), searched and filtered by whose and by stage on the server.</summary>
public partial class CrmDealsTab
{
    private MudTable<CrmDealRow>? _table;
    private IReadOnlyList<DealStage> _stages = [];
    private string? _search;
    private CrmOwnerFilter _owner;
    private int? _stageId;
    private bool _filtered;

    [Parameter, EditorRequired]
    public Viewer Viewer { get; set; } = default!;

    [Parameter]
    public bool MayCreate { get; set; }

    [CascadingParameter]
    private ViewerTime Times { get; set; } = ViewerTime.Utc;

    protected override async Task OnInitializedAsync() => _stages = await Crm.StagesAsync();

    private async Task<TableData<CrmDealRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        _filtered = !string.IsNullOrWhiteSpace(_search) || _owner != CrmOwnerFilter.Anyone || _stageId is not null;
        var page = await Crm.DealsAsync(Viewer, new CrmListQuery(_search, _owner, StageId: _stageId, Page: state.Page, PageSize: state.PageSize));
        return new TableData<CrmDealRow> { Items = page.Rows, TotalItems = page.Total };
    }

    private Task SearchAsync(string? text) => ReloadAsync(() => _search = text);

    private Task OwnerAsync(CrmOwnerFilter owner) => ReloadAsync(() => _owner = owner);

    private Task StageAsync(int? stageId) => ReloadAsync(() => _stageId = stageId);

    private async Task ReloadAsync(Action change)
    {
        change();
        await _table!.ReloadServerData();
    }

    private async Task CreateAsync()
    {
        if (await CrmDialogs.DealAsync(Dialogs, L, Viewer, null, new CrmDealForm { Currency = Crm.DefaultCurrency }) is { } id)
        {
            Navigation.NavigateTo($"/crm/deals/{id}");
        }
    }
}
