namespace OpenChannels.Web.Localization;

/// <summary>The language switch: keeps the choice in this browser and goes back to the page it came from.</summary>
public static class CultureEndpoints
{
    public const string Path = "/culture";

    public static string Link(string name, string returnUrl) =>
        $"{Path}?name={Uri.EscapeDataString(name)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (string? name, string? returnUrl, HttpContext context) =>
        {
            if (string.IsNullOrEmpty(name))
            {
                // No choice any more: the browser's language decides again.
                context.Response.Cookies.Delete(UiCultures.CookieName);
                return Results.LocalRedirect(Local(returnUrl));
            }

            if (!UiCultures.IsSupported(name))
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Unknown language",
                    detail: $"\"{name}\" is not one of {string.Join(", ", UiCultures.All.Select(l => l.Name))}.");
            }

            UiCultures.Remember(context.Response, name);
            return Results.LocalRedirect(Local(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Only a path of this site: never an open redirect.</summary>
    private static string Local(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
