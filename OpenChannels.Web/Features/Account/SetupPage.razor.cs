using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Account;

public partial class SetupPage
{

    private MudForm? _form;
    private bool _isValid;
    private bool _busy;
    private string _firstName = string.Empty;
    private string _lastName = string.Empty;
    private string _email = string.Empty;
    private string _password = string.Empty;
    private string _confirm = string.Empty;
    private string? _error;

    private string PasswordHint => L["At least {0} characters, and not a common password.", Passwords.MinLength];

    /// <summary>The password rule's check, said in the reader's language.</summary>
    private string? CheckPassword(string? value) => Passwords.Check(value) switch
    {
        null => null,
        PasswordProblem.TooCommon => L["This password is too common. Choose a longer or less predictable one."].Value,
        _ => PasswordHint,
    };

    private string? CheckRepeated(string? value) => value == _password ? null : L["The passwords differ."].Value;

    /// <summary>The hash of this browser's sign-in nonce, read while prerendering: the first sign-in is bound to it (L2).</summary>
    [PersistentState]
    public string? BrowserHash { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive && HttpContexts.HttpContext is { } http)
        {
            BrowserHash = SignInBrowserBinding.Bind(http);
        }

        if (await Setup.IsCompleteAsync())
        {
            Navigation.NavigateTo(AccountEndpoints.LoginPath, forceLoad: true);
        }
    }

    private async Task CreateAsync()
    {
        await _form!.ValidateAsync();
        if (!_isValid || _busy)
        {
            return;
        }

        _busy = true;
        _error = null;
        var created = await Accounts.CreateFirstAdministratorAsync(_firstName, _lastName, _email, _password);
        if (!created.Succeeded)
        {
            _error = Feedback.Text(created);
            _busy = false;
            return;
        }

        if (BrowserHash is null)
        {
            // Reached inside a circuit, never prerendered: there is no nonce to bind a ticket to, so sign in the usual way.
            Navigation.NavigateTo(AccountEndpoints.LoginPath, forceLoad: true);
            return;
        }

        var ticket = await Tickets.IssueAsync(created.Value, rememberMe: false, BrowserHash);
        Navigation.NavigateTo($"{AccountEndpoints.CompleteSignInPath}?ticket={ticket}&returnUrl=%2F", forceLoad: true);
    }
}
