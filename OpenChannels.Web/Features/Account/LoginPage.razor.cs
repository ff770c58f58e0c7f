using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Account;

public partial class LoginPage
{
    private MudForm? _form;
    private bool _isValid;
    private bool _busy;
    private string _email = string.Empty;
    private string _password = string.Empty;
    private bool _rememberMe;
    private string? _error;

    /// <summary>The token of the pending sign-in while the code step shows (the password was right); null on the password step.</summary>
    private string? _pending;
    private string _code = string.Empty;
    private bool _useRecoveryCode;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [SupplyParameterFromQuery(Name = "signedOut")]
    private bool SignedOut { get; set; }

    [SupplyParameterFromQuery(Name = "expired")]
    private bool Expired { get; set; }

    /// <summary>
    /// The address the page was requested from, read while prerendering (the only time there is a request) and carried
    /// into the interactive circuit, protected, by the persisted component state. L1: the sign-in throttle counts by it.
    /// </summary>
    [PersistentState]
    public string? ClientAddress { get; set; }

    /// <summary>The hash of this browser's sign-in nonce, set while prerendering too: the ticket is bound to it (L2).</summary>
    [PersistentState]
    public string? BrowserHash { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive && HttpContexts.HttpContext is { } http)
        {
            ClientAddress = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            BrowserHash = SignInBrowserBinding.Bind(http);
        }

        if (!await Setup.IsCompleteAsync())
        {
            Navigation.NavigateTo(FirstRunGate.SetupPath, forceLoad: true);
        }
        else if (RendererInfo.IsInteractive && (ClientAddress is null || BrowserHash is null))
        {
            // Reached inside a circuit without a request of its own: load it for real, so the values above exist.
            Navigation.NavigateTo(Navigation.Uri, forceLoad: true);
        }
    }

    private async Task SubmitOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await SignInAsync();
        }
    }

    private async Task SignInAsync()
    {
        await _form!.ValidateAsync();
        if (!_isValid || _busy || ClientAddress is null || BrowserHash is null)
        {
            return;
        }

        _busy = true;
        _error = null;
        var step = await SignIns.SignInWithPasswordAsync(_email, _password, _rememberMe, BrowserHash, ClientAddress);
        if (step.Value is SignInStep.SignedIn signedIn)
        {
            // Stays busy: the page is left for the ticket's endpoint.
            Complete(signedIn.Ticket);
            return;
        }

        _busy = false;
        if (step.Value is SignInStep.CodeNeeded codeNeeded)
        {
            (_pending, _password, _code, _useRecoveryCode) = (codeNeeded.Pending, string.Empty, string.Empty, false);
        }
        else
        {
            _error = Feedback.Text(step);
        }
    }

    private async Task VerifyOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await VerifyAsync();
        }
    }

    /// <summary>The code step; a refusal that ends the pending sign-in (lockout, too late) goes back to the password.</summary>
    private async Task VerifyAsync()
    {
        if (_busy || _pending is null || BrowserHash is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(_code))
        {
            _error = _useRecoveryCode ? L["Enter a recovery code."] : L["Enter the code from your authenticator app."];
            return;
        }

        _busy = true;
        _error = null;
        var ticket = await SignIns.SignInWithCodeAsync(_pending, BrowserHash, _code, _useRecoveryCode, ClientAddress);
        if (ticket.Succeeded)
        {
            Complete(ticket.Value);
            return;
        }

        _busy = false;
        _code = string.Empty;
        _error = Feedback.Text(ticket);
        if (ticket.Error is SignInRefused or SignInExpired)
        {
            _pending = null;
        }
    }

    private void ToggleRecoveryCode() => (_useRecoveryCode, _code, _error) = (!_useRecoveryCode, string.Empty, null);

    private void StartOver() => (_pending, _code, _error) = (null, string.Empty, null);

    private void Complete(string ticket)
    {
        var returnUrl = Uri.EscapeDataString(AccountEndpoints.SafeReturnUrl(ReturnUrl));
        Navigation.NavigateTo($"{AccountEndpoints.CompleteSignInPath}?ticket={ticket}&returnUrl={returnUrl}", forceLoad: true);
    }
}
