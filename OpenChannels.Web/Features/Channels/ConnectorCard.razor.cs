using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Outbound;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Channels;

/// <summary>One connector on the channel page (CH-1): what it is, its health, and what an administrator may do with it.</summary>
public partial class ConnectorCard
{
    private bool _testing;

    [Parameter, EditorRequired]
    public ConnectorRow Connector { get; set; } = default!;

    [Parameter, EditorRequired]
    public int ChannelId { get; set; }

    [Parameter, EditorRequired]
    public ChannelPermissions May { get; set; } = ChannelPermissions.Nothing;

    /// <summary>The connector changed (or left the channel): the list reloads.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [CascadingParameter]
    private ChannelGuard? Guard { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private ConnectorService Connectors { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ChannelsText> L { get; set; } = default!;

    private string KindIcon => Connector.Kind switch
    {
        ConnectorKind.Api => Icons.Material.Filled.Api,
        ConnectorKind.Telegram => Icons.Material.Filled.Send,
        ConnectorKind.Email => Icons.Material.Filled.Email,
        _ => Icons.Material.Filled.Chat,
    };

    private string KindName => Connector.Kind switch
    {
        ConnectorKind.Api => L["API inbox"],
        ConnectorKind.Telegram => "Telegram",
        ConnectorKind.Email => L["E-mail"],
        _ => L["Live chat"],
    };

    private async Task<bool> MayAsync() => Guard is not null && await Guard.MayConnectAsync();

    private async Task<string?> ActingUserAsync() => AuthenticationState is null ? null : (await AuthenticationState).User.UserId();

    private async Task EditLookAsync() => await ShowAsync<ConnectorDialog>(L["{0}: look", Connector.Name]);

    private async Task EditWebsitesAsync() => await ShowAsync<ConnectorWebsitesDialog>(L["{0}: websites", Connector.Name]);

    private async Task EditApiAsync() => await ShowAsync<ApiConnectorDialog>(L["{0}: settings", Connector.Name], withChannel: true);

    private async Task EditTelegramAsync() => await ShowAsync<TelegramConnectorDialog>(L["{0}: settings", Connector.Name], withChannel: true);

    private async Task EditEmailAsync() => await ShowAsync<EmailConnectorDialog>(L["{0}: settings", Connector.Name], withChannel: true, AppDialogs.Medium);

    private async Task ShowAsync<TDialog>(string title, bool withChannel = false, DialogOptions? size = null)
        where TDialog : IComponent
    {
        if (!await MayAsync())
        {
            return;
        }

        var parameters = new DialogParameters { { "Connector", Connector } };
        if (withChannel)
        {
            parameters.Add("ChannelId", ChannelId);
        }

        var dialog = await Dialogs.ShowAsync<TDialog>(title, parameters, size ?? AppDialogs.Small);
        if (await dialog.Result is { Canceled: false })
        {
            Feedback.Say(L["Saved."], Severity.Success);
            await Changed.InvokeAsync();
        }
    }

    private async Task RenewAsync(bool token)
    {
        if (!await MayAsync())
        {
            return;
        }

        var confirmed = await Dialogs.ConfirmAsync(
            token ? L["Make a new token for {0}?", Connector.Name] : L["Make a new signing secret for {0}?", Connector.Name],
            token ? L["The current token stops working at once: give the new one to the system that posts messages."]
                : L["Signatures made with the new secret only: give it to the receiver of the webhook."],
            token ? L["New token"] : L["New signing secret"]);
        if (confirmed)
        {
            var renewed = await Connectors.RenewApiSecretsAsync(Connector.Id, token, !token, await ActingUserAsync());
            if (renewed.Succeeded)
            {
                await ConnectorSecretsDialog.ShowAsync(Dialogs, L, renewed.Value);
            }
            else
            {
                Feedback.Report(renewed, success: null);
            }
        }
    }

    private async Task ReplaceKeyAsync()
    {
        if (!await MayAsync())
        {
            return;
        }

        var confirmed = await Dialogs.ConfirmAsync(
            L["Replace the key of {0}?", Connector.Name],
            L["The snippet on your websites stops working at once. Paste the new snippet in its place. Conversations are kept; visitors start a new chat session."],
            L["Replace key"]);
        if (confirmed)
        {
            Feedback.Report((await Connectors.ReplaceKeyAsync(Connector.Id, await ActingUserAsync())).WithoutValue(), L["New key made. Paste the new snippet into your website."]);
            await Changed.InvokeAsync();
        }
    }

    private async Task MoveAsync()
    {
        if (!await MayAsync())
        {
            return;
        }

        var parameters = new DialogParameters<MoveConnectorDialog> { { d => d.Connector, Connector }, { d => d.ChannelId, ChannelId } };
        var dialog = await Dialogs.ShowAsync<MoveConnectorDialog>(L["Move {0}", Connector.Name], parameters, AppDialogs.Small);
        if (await dialog.Result is { Canceled: false })
        {
            Feedback.Say(L["{0} moved. New conversations go to its new channel; those in progress stay here.", Connector.Name], Severity.Success);
            await Changed.InvokeAsync();
        }
    }

    private async Task DisableAsync()
    {
        if (!await MayAsync())
        {
            return;
        }

        var standard = DefaultTexts.For(Connector.Language, DefaultText.ConnectorPaused);
        var reply = await Dialogs.PromptAsync(L["Disable {0}", Connector.Name], L["Answer to clients meanwhile"], Connector.PausedReply ?? standard, lines: 3);
        if (reply is not null)
        {
            Feedback.Report(await Connectors.DisableAsync(Connector.Id, reply == standard ? null : reply), L["{0} disabled. What clients send is kept.", Connector.Name]);
            await Changed.InvokeAsync();
        }
    }

    private async Task EnableAsync()
    {
        if (await MayAsync())
        {
            Feedback.Report(await Connectors.EnableAsync(Connector.Id), L["{0} enabled.", Connector.Name]);
            await Changed.InvokeAsync();
        }
    }

    private async Task SendTestAsync()
    {
        if (!await MayAsync())
        {
            return;
        }

        _testing = true;
        try
        {
            var tested = await Connectors.SendTestAsync(Connector.Id);
            if (!tested.Succeeded)
            {
                Feedback.Report(tested, success: null);
            }
            else if (tested.Value.Delivered)
            {
                Feedback.Say(L["The test went through."], Severity.Success);
            }
            else
            {
                Feedback.Say(L["The test failed: {0}", tested.Value.Error ?? string.Empty], Severity.Error);
            }
        }
        finally
        {
            _testing = false;
        }

        await Changed.InvokeAsync();
    }

    private async Task ShowLogAsync()
    {
        var parameters = new DialogParameters<DeliveryLogDialog>
        {
            { d => d.ChannelId, ChannelId }, { d => d.Target, OutboundTarget.Connector }, { d => d.TargetId, Connector.Id },
        };
        await Dialogs.ShowAsync<DeliveryLogDialog>(L["{0}: delivery log", Connector.Name], parameters, AppDialogs.Medium);
        await Changed.InvokeAsync();
    }

    private async Task DetachAsync()
    {
        if (!await MayAsync())
        {
            return;
        }

        var confirmed = await Dialogs.ConfirmAsync(
            L["Remove {0}?", Connector.Name],
            Connector.Kind == ConnectorKind.LiveChat
                ? L["The widget stops working on websites that embed it. Its conversations are kept."]
                : L["It stops receiving and sending at once. Its conversations are kept."],
            L["Remove"]);
        if (confirmed)
        {
            Feedback.Report(await Connectors.DetachAsync(Connector.Id), L["{0} removed.", Connector.Name]);
            await Changed.InvokeAsync();
        }
    }
}
