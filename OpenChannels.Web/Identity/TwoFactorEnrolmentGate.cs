namespace OpenChannels.Web.Identity;

/// <summary>
/// Someone the administrators require to use two-factor sign-in, signed in with a password only, reaches nothing but
/// their profile (where they set it up), sign-out and the language switch until they have set it up. Pages reached
/// inside an open tab are held back by <c>TwoFactorEnrolmentGuard</c>; this covers every request that reaches the server.
/// </summary>
public sealed class TwoFactorEnrolmentGate(RequestDelegate next)
{
    public const string EnrolmentPath = "/profile";

    /// <summary>Where the gate sends them: the profile's two-factor section.</summary>
    public const string EnrolmentUrl = EnrolmentPath + "#two-factor";

    private static readonly string[] AlwaysOpen =
    [
        EnrolmentPath, "/account", Localization.CultureEndpoints.Path, "/_blazor", "/_framework", "/_content", "/health",
        "/api", "/not-found", "/error",
    ];

    public async Task InvokeAsync(HttpContext context, TwoFactorService twoFactor)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.User.UserId() is { } userId
            && !IsOpen(context.Request.Path)
            && await twoFactor.MustEnrolAsync(userId, context.User.IsAdministrator(), context.RequestAborted))
        {
            context.Response.Redirect(EnrolmentUrl);
            return;
        }

        await next(context);
    }

    /// <summary>Whether a path stays reachable before the set-up (files, the circuit, the profile, signing out).</summary>
    public static bool IsOpen(PathString path) =>
        AlwaysOpen.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) || Path.HasExtension(path.Value);
}
