using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Channels;

public partial class OpenChannelPage
{
    private bool _loaded;
    private OpenChannelRow? _channel;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private IReadOnlyList<ConnectorRow> _connectors = [];
    private ChannelGuard? _guard;

    [Parameter]
    public int ChannelId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ChannelsText> L { get; set; } = default!;

    [Inject]
    private OpenChannelService Channels { get; set; } = default!;

    [Inject]
    private ConnectorService Connectors { get; set; } = default!;

    [Inject]
    private ChannelAccess Access { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private ChannelPermissions May => _guard?.Permissions ?? ChannelPermissions.Nothing;

    protected override async Task OnParametersSetAsync()
    {
        // A channel the viewer may not open looks like one that does not exist, so ids cannot be probed.
        var employeeId = AuthenticationState is null ? null : (await AuthenticationState).User.EmployeeId();
        var permissions = employeeId is { } id ? await Access.OfAsync(id, ChannelId) : ChannelPermissions.Nothing;
        _channel = permissions.MayOpen ? (await Channels.ListAsync(null)).FirstOrDefault(c => c.Id == ChannelId) : null;
        _guard = employeeId is { } viewer ? new ChannelGuard(Access, viewer, ChannelId, permissions, Feedback) : null;
        _loaded = true;
        if (_channel is null)
        {
            return;
        }

        _breadcrumbs = [new(L["Open channels"], "/open-channels"), new(_channel.Name, null, disabled: true)];
        _connectors = await Connectors.ConnectorsAsync(ChannelId);
    }

    /// <summary>Where the snippet goes; the closing tag is shown as code, outside the translated sentence.</summary>
    private MarkupString PasteHint => new(string.Format(
        CultureInfo.CurrentCulture,
        L["Paste this line into your website's pages, before {0}:"].Value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"),
        "<code>&lt;/body&gt;</code>"));

    private string Snippet(ConnectorRow connector) =>
        $"<script src=\"{Navigation.BaseUri}widget/openchannels-widget.js\" data-key=\"{connector.PublicKey}\" async></script>";

    private async Task CopyAsync(ConnectorRow connector)
    {
        try
        {
            await JS.InvokeVoidAsync("navigator.clipboard.writeText", Snippet(connector));
            Snackbar.Add(L["Snippet copied."], Severity.Success);
        }
        catch (JSException)
        {
            Snackbar.Add(L["The browser did not allow copying; select the text and copy it."], Severity.Warning);
        }
    }

    private async Task AddLiveChatAsync()
    {
        if (_guard is null || !await _guard.MayConnectAsync())
        {
            return;
        }

        Feedback.Report((await Connectors.AddLiveChatAsync(ChannelId, L["Website chat"])).WithoutValue(), L["Live chat added. Paste its snippet into your website."]);
        _connectors = await Connectors.ConnectorsAsync(ChannelId);
    }

    private async Task EditLookAsync(ConnectorRow connector)
    {
        if (_guard is null || !await _guard.MayConnectAsync())
        {
            return;
        }

        var parameters = new DialogParameters<ConnectorDialog> { { d => d.Connector, connector } };
        var dialog = await Dialogs.ShowAsync<ConnectorDialog>(L["{0}: look", connector.Name], parameters, AppDialogs.Small);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Saved."], Severity.Success);
            _connectors = await Connectors.ConnectorsAsync(ChannelId);
        }
    }

    private async Task EditWebsitesAsync(ConnectorRow connector)
    {
        if (_guard is null || !await _guard.MayConnectAsync())
        {
            return;
        }

        var parameters = new DialogParameters<ConnectorWebsitesDialog> { { d => d.Connector, connector } };
        var dialog = await Dialogs.ShowAsync<ConnectorWebsitesDialog>(L["{0}: websites", connector.Name], parameters, AppDialogs.Small);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Saved."], Severity.Success);
            _connectors = await Connectors.ConnectorsAsync(ChannelId);
        }
    }

    private async Task ReplaceKeyAsync(ConnectorRow connector)
    {
        if (_guard is null || !await _guard.MayConnectAsync())
        {
            return;
        }

        var confirmed = await Dialogs.ConfirmAsync(
            L["Replace the key of {0}?", connector.Name],
            L["The snippet on your websites stops working at once. Paste the new snippet in its place. Conversations are kept; visitors start a new chat session."],
            L["Replace key"],
            L["Cancel"]);
        if (confirmed == true)
        {
            var actingUserId = AuthenticationState is null ? null : (await AuthenticationState).User.UserId();
            Feedback.Report((await Connectors.ReplaceKeyAsync(connector.Id, actingUserId)).WithoutValue(), L["New key made. Paste the new snippet into your website."]);
            _connectors = await Connectors.ConnectorsAsync(ChannelId);
        }
    }

    private async Task DetachAsync(ConnectorRow connector)
    {
        if (_guard is null || !await _guard.MayConnectAsync())
        {
            return;
        }

        var confirmed = await Dialogs.ConfirmAsync(
            L["Remove {0}?", connector.Name],
            L["The widget stops working on websites that embed it. Its conversations are kept."],
            L["Remove"],
            L["Cancel"]);
        if (confirmed == true)
        {
            Feedback.Report(await Connectors.DetachAsync(connector.Id), L["{0} removed.", connector.Name]);
            _connectors = await Connectors.ConnectorsAsync(ChannelId);
        }
    }
}
