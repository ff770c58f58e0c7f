using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Account;

/// <summary>The profile's two-factor sign-in: set it up with an authenticator app, see and renew recovery codes, turn it off.</summary>
public partial class TwoFactorSection
{
    private AuthenticatorSetup? _setup;
    private string? _qrCode;
    private string _code = string.Empty;
    private IReadOnlyList<string>? _newCodes;
    private Confirming? _confirming;
    private string _confirmation = string.Empty;
    private string? _error;
    private bool _busy;

    private enum Confirming
    {
        NewCodes,
        TurnOff,
    }

    [Parameter, EditorRequired]
    public TwoFactorStatus Status { get; set; } = default!;

    /// <summary>Two-factor sign-in was turned on or off, or the recovery codes changed: the page reads the status again.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private TwoFactorService TwoFactor { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthenticationStateProvider { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The codes as a text file, downloaded from a data: link (no script, nothing stored on the server).</summary>
    private string CodesDownload =>
        "data:text/plain;charset=utf-8," + Uri.EscapeDataString(
            $"{L["OpenChannels recovery codes. Each one signs you in once."]}\n\n{string.Join("\n", _newCodes ?? [])}\n");

    private async Task<ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;

    private async Task StartAsync()
    {
        _busy = true;
        var started = await TwoFactor.StartEnrolmentAsync((await UserAsync()).UserId()!);
        _busy = false;
        if (Feedback.Report(started, null) && started.Value is { } setup)
        {
            _setup = setup;
            _qrCode = AuthenticatorQrCode.DataUri(setup.Uri);
            (_code, _error) = (string.Empty, null);
        }
    }

    private void CancelSetup() => (_setup, _qrCode, _error) = (null, null, null);

    private async Task EnableOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await EnableAsync();
        }
    }

    private async Task EnableAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        var user = await UserAsync();
        var enabled = await TwoFactor.EnableAsync(user.UserId()!, _code, user.FindFirstValue(SessionStore.SessionClaim));
        _busy = false;
        _code = string.Empty;
        _error = Feedback.Text(enabled);
        if (!enabled.Succeeded)
        {
            return;
        }

        (_setup, _qrCode) = (null, null);
        _newCodes = enabled.Value.RecoveryCodes;
        KeepSignedIn(enabled.Value.Session);
        Feedback.Say(L["Two-factor sign-in is on."], Severity.Success);
        await Changed.InvokeAsync();
    }

    private void Ask(Confirming? what) => (_confirming, _confirmation, _error) = (what, string.Empty, null);

    private async Task ConfirmOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await ConfirmAsync();
        }
    }

    private async Task ConfirmAsync()
    {
        if (_busy || _confirming is not { } confirming)
        {
            return;
        }

        _busy = true;
        var user = await UserAsync();
        if (confirming == Confirming.NewCodes)
        {
            var renewed = await TwoFactor.RegenerateRecoveryCodesAsync(user.UserId()!, _confirmation);
            _error = Feedback.Text(renewed);
            _newCodes = renewed.Succeeded ? renewed.Value : null;
        }
        else
        {
            var disabled = await TwoFactor.DisableAsync(user.UserId()!, _confirmation, user.FindFirstValue(SessionStore.SessionClaim));
            _error = Feedback.Text(disabled);
            if (disabled.Succeeded)
            {
                KeepSignedIn(disabled.Value.Session);
                Feedback.Say(L["Two-factor sign-in is off."], Severity.Success);
            }
        }

        _busy = false;
        _confirmation = string.Empty;
        if (_error is null)
        {
            _confirming = null;
            await Changed.InvokeAsync();
        }
    }

    /// <summary>The session now carries the new security stamp; so does this tab, or its minute check would end it.</summary>
    private void KeepSignedIn(ClaimsPrincipal? session)
    {
        if (session is not null && AuthenticationStateProvider is ServerAuthenticationStateProvider server)
        {
            server.SetAuthenticationState(Task.FromResult(new AuthenticationState(session)));
        }
    }

    private void CloseCodes() => _newCodes = null;

    private Task CopyKeyAsync() => CopyAsync(_setup?.Key ?? string.Empty);

    private Task CopyCodesAsync() => CopyAsync(string.Join("\n", _newCodes ?? []));

    private async Task CopyAsync(string text)
    {
        try
        {
            await JS.InvokeVoidAsync("navigator.clipboard.writeText", text);
            Feedback.Say(L["Copied."], Severity.Success);
        }
        catch (JSException)
        {
            Feedback.Say(L["Select the text and copy it."], Severity.Warning);
        }
    }
}
