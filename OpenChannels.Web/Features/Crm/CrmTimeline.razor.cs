using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

/// <summary>A card's timeline (CRM-1): a note box, then notes, recorded changes and conversations, newest first (P-4: each conversation opens in the contact center).</summary>
public partial class CrmTimeline
{
    private string? _note;
    private bool _busy;

    [Parameter, EditorRequired]
    public Viewer Viewer { get; set; } = default!;

    [Parameter, EditorRequired]
    public CrmItemKind Kind { get; set; }

    [Parameter, EditorRequired]
    public int ItemId { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlyList<CrmTimelineItem> Items { get; set; } = [];

    /// <summary>Called once a note is added, for the card to reload its timeline.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [CascadingParameter]
    private ViewerTime Times { get; set; } = ViewerTime.Utc;

    [Inject]
    private CrmService Crm { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CrmText> L { get; set; } = default!;

    private async Task AddNoteAsync()
    {
        _busy = true;
        var added = await Crm.AddNoteAsync(Viewer, Kind, ItemId, _note ?? string.Empty);
        _busy = false;
        if (Feedback.Report(added, null))
        {
            _note = null;
            await Changed.InvokeAsync();
        }
    }
}
