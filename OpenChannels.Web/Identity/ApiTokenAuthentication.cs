using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OpenChannels.Web.Identity;

/// <summary>
/// "Authorization: Bearer oc_…" for the agent API. The token stands for its user exactly as their sign-in
/// would (same claims, same policies); a locked-out or dismissed user's tokens stop working at once.
/// </summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (await ActiveUserAsync(header, tokens, users) is not { } user)
        {
            return AuthenticateResult.Fail("The API token is not valid.");
        }

        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>
    /// The user a "Bearer oc_…" header stands for, while the token is valid (not revoked, not expired) and its user not
    /// locked out or dismissed; null otherwise. Also used by open event streams to re-check themselves.
    /// </summary>
    public static async Task<AppUser?> ActiveUserAsync(string authorizationHeader, ApiTokenService tokens, UserManager<AppUser> users)
    {
        var token = authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorizationHeader["Bearer ".Length..].Trim() : string.Empty;
        var userId = token.StartsWith(ApiTokenService.TokenPrefix, StringComparison.Ordinal) ? await tokens.FindUserAsync(token) : null;
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        return user is null || await users.IsLockedOutAsync(user) ? null : user;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: 401, title: "Authentication required.", detail: "Send a personal access token: Authorization: Bearer oc_…").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(statusCode: 403, title: "Forbidden.", detail: "Your account may not do this.").ExecuteAsync(Context);
    }
}
