using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Crm;

/// <summary>
/// The CRM (CRM-1): contacts, companies, leads and deals the viewer may see, each list searched and filtered on the
/// server; administrators also edit the deals' pipeline here.
/// </summary>
public partial class CrmPage
{
    private static readonly string[] Tabs = ["contacts", "companies", "leads", "deals", "pipeline"];

    private Viewer? _viewer;
    private bool _mayCreate;
    private bool _maySettle;
    private int _tab;

    /// <summary>The tab to open (contacts, companies, leads, deals, pipeline): a card's way back lands on its list.</summary>
    [SupplyParameterFromQuery(Name = "tab")]
    public string? Tab { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private CrmService Crm { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CrmText> L { get; set; } = default!;

    /// <summary>The link to a list's tab, for the cards' breadcrumbs.</summary>
    public static string Link(string tab) => $"/crm?tab={tab}";

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        _maySettle = (await Authorization.AuthorizeAsync(user, Policies.Settings)).Succeeded;
        _tab = Math.Max(0, Array.IndexOf(Tabs, Tab));
        if (_tab == Tabs.Length - 1 && !_maySettle)
        {
            _tab = 0;
        }

        if (Viewer.From(user) is { } viewer)
        {
            _mayCreate = await Crm.MayCreateAsync(viewer);
            _viewer = viewer;
        }
    }
}
