using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Channels;

public partial class OpenChannelPage
{
    private bool _loaded;
    private OpenChannelRow? _channel;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private IReadOnlyList<ConnectorRow> _connectors = [];

    [Parameter]
    public int ChannelId { get; set; }

    [Inject]
    private OpenChannelService Channels { get; set; } = default!;

    [Inject]
    private ConnectorService Connectors { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _channel = (await Channels.ListAsync(null)).FirstOrDefault(c => c.Id == ChannelId);
        _loaded = true;
        if (_channel is null)
        {
            return;
        }

        _breadcrumbs = [new("Open channels", "/open-channels"), new(_channel.Name, null, disabled: true)];
        _connectors = await Connectors.ConnectorsAsync(ChannelId);
    }

    private string Snippet(ConnectorRow connector) =>
        $"<script src=\"{Navigation.BaseUri}widget/openchannels-widget.js\" data-key=\"{connector.PublicKey}\" async></script>";

    private async Task CopyAsync(ConnectorRow connector)
    {
        try
        {
            await JS.InvokeVoidAsync("navigator.clipboard.writeText", Snippet(connector));
            Snackbar.Add("Snippet copied.", Severity.Success);
        }
        catch (JSException)
        {
            Snackbar.Add("The browser did not allow copying; select the text and copy it.", Severity.Warning);
        }
    }

    private async Task AddLiveChatAsync()
    {
        Snackbar.Report((await Connectors.AddLiveChatAsync(ChannelId, "Website chat")).WithoutValue(), "Live chat added. Paste its snippet into your website.");
        _connectors = await Connectors.ConnectorsAsync(ChannelId);
    }

    private async Task EditLookAsync(ConnectorRow connector)
    {
        var parameters = new DialogParameters<ConnectorDialog> { { d => d.Connector, connector } };
        var dialog = await Dialogs.ShowAsync<ConnectorDialog>($"{connector.Name}: look", parameters, AppDialogs.Small);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add("Saved.", Severity.Success);
            _connectors = await Connectors.ConnectorsAsync(ChannelId);
        }
    }

    private async Task DetachAsync(ConnectorRow connector)
    {
        var confirmed = await Dialogs.ConfirmAsync(
            $"Remove {connector.Name}?",
            "The widget stops working on websites that embed it. Its conversations are kept.",
            "Remove");
        if (confirmed == true)
        {
            Snackbar.Report(await Connectors.DetachAsync(connector.Id), $"{connector.Name} removed.");
            _connectors = await Connectors.ConnectorsAsync(ChannelId);
        }
    }
}
