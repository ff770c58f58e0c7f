using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Web.Features.Crm;

/// <summary>
/// What the four cards (contact, company, lead, deal) share: reading the card for the signed-in viewer, its breadcrumbs
/// back to its list, and deleting it after a confirmation. Each card says how it is read, named and deleted.
/// </summary>
public abstract class CrmCardPage<TCard> : ComponentBase
    where TCard : class
{
    [Parameter]
    public int Id { get; set; }

    /// <summary>The signed-in employee; null only while signed out.</summary>
    protected Viewer? Asker { get; private set; }

    protected bool Loaded { get; private set; }

    /// <summary>The card, or null when it does not exist or the viewer may not see it.</summary>
    protected TCard? Card { get; private set; }

    protected List<BreadcrumbItem> Breadcrumbs { get; private set; } = [];

    [CascadingParameter]
    protected ViewerTime Times { get; set; } = ViewerTime.Utc;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    protected CrmService Crm { get; set; } = default!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    [Inject]
    protected Feedback Feedback { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<CrmText> L { get; set; } = default!;

    /// <summary>The list the card belongs to: its tab of <c>/crm</c> and its name.</summary>
    protected abstract (string Tab, string Name) List { get; }

    protected abstract Task<TCard?> ReadAsync(Viewer viewer);

    protected abstract string TitleOf(TCard card);

    protected override async Task OnParametersSetAsync()
    {
        Asker ??= Viewer.From((await AuthenticationState).User);
        await OnViewerKnownAsync(Asker);
        await LoadAsync();
    }

    /// <summary>What a card reads once it knows who asks, before the card itself.</summary>
    protected virtual Task OnViewerKnownAsync(Viewer? viewer) => Task.CompletedTask;

    protected async Task LoadAsync()
    {
        Card = Asker is null ? null : await ReadAsync(Asker);
        Loaded = true;
        if (Card is not null)
        {
            Breadcrumbs = [new(L["CRM"], "/crm"), new(List.Name, CrmPage.Link(List.Tab)), new(TitleOf(Card), null, disabled: true)];
        }
    }

    /// <summary>Deletes the card after the confirmation that says what stays; back to its list when done.</summary>
    protected async Task DeleteAsync(string warning, Func<Viewer, int, Task<Result>> delete)
    {
        var title = TitleOf(Card!);
        if (await Dialogs.ConfirmAsync(L["Delete {0}?", title], warning, L["Delete"])
            && Feedback.Report(await delete(Asker!, Id), L["{0} deleted.", title]))
        {
            Navigation.NavigateTo(CrmPage.Link(List.Tab));
        }
    }
}
