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
        var checkedPassword = await Accounts.CheckPasswordAsync(_email, _password, ClientAddress);
        if (!checkedPassword.Succeeded)
        {
            _error = Feedback.Text(checkedPassword);
            _busy = false;
            return;
        }

        var ticket = await Tickets.IssueAsync(checkedPassword.Value, _rememberMe, BrowserHash);
        var returnUrl = Uri.EscapeDataString(AccountEndpoints.SafeReturnUrl(ReturnUrl));
        Navigation.NavigateTo($"{AccountEndpoints.CompleteSignInPath}?ticket={ticket}&returnUrl={returnUrl}", forceLoad: true);
    }
}
