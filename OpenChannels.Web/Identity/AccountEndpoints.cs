using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Identity;

/// <summary>The two requests that must set or clear the sign-in cookie outside a Blazor circuit.</summary>
public static class AccountEndpoints
{
    public const string CompleteSignInPath = "/account/complete-sign-in";
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/sign-out";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").AllowAnonymous();

        account.MapGet("/complete-sign-in", async (
            [FromQuery] string? ticket,
            [FromQuery] string? returnUrl,
            SignInTicketService tickets,
            UserManager<AppUser> users,
            SignInManager<AppUser> signIn,
            HttpContext context) =>
        {
            var browserNonce = context.Request.Cookies[SignInBrowserBinding.CookieName];
            var redeemed = string.IsNullOrEmpty(ticket) ? null : await tickets.RedeemAsync(ticket, browserNonce);
            var user = redeemed is null ? null : await users.FindByIdAsync(redeemed.UserId);
            if (redeemed is null || user is null)
            {
                return Results.LocalRedirect($"{LoginPath}?expired=true");
            }

            await signIn.SignInAsync(user, isPersistent: redeemed.RememberMe);
            SignInBrowserBinding.Forget(context);

            // The language chosen in the profile follows the user to this browser.
            if (UiCultures.IsSupported(user.Language))
            {
                UiCultures.Remember(context.Response, user.Language!);
            }

            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        });

        // Signing out deletes the server-side session (SessionStore), so a copied cookie stops working. The form's
        // antiforgery token is checked here rather than by the framework, so a forged or stale post is a plain 400.
        account.MapPost("/sign-out", async (HttpContext context, IAntiforgery antiforgery, SignInManager<AppUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Api.Problems.Of(StatusCodes.Status400BadRequest, "Bad request.", "The sign-out form has expired: reload the page and sign out again.");
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect($"{LoginPath}?signedOut=true");
        }).DisableAntiforgery();

        return endpoints;
    }

    /// <summary>Only a path on this site; anything else (other hosts, "//evil") goes home.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//")
            && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : "/";
}
