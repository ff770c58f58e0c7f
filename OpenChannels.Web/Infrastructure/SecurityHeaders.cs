namespace OpenChannels.Web.Infrastructure;

/// <summary>
/// Headers on every response (ASVS 3.4): no MIME sniffing, a strict referrer policy, and a Content-Security-Policy
/// that Blazor Server and MudBlazor work under — scripts only from this site (no inline script, no eval), the
/// circuit's WebSocket to this site, styles inline (MudBlazor sets them), images from this site or data:/blob: (photo
/// previews), and the app never framed. The widget API and its script are left framable and cross-origin: they run
/// inside customers' websites. Files set their own, stricter policy (FileResults).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The job dashboard (administrators only) is a third-party page with inline scripts.</summary>
    public const string JobDashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            var path = context.Request.Path;
            var embedded = path.StartsWithSegments("/api/widget") || path.StartsWithSegments("/widget");
            var own = headers.ContentSecurityPolicy.ToString();

            // A file's sandbox policy stays; Blazor's own "frame-ancestors 'self'" is replaced by the whole policy.
            if (!embedded && !own.Contains("sandbox", StringComparison.Ordinal))
            {
                headers.ContentSecurityPolicy = path.StartsWithSegments("/jobs") ? JobDashboardPolicy : AppPolicy;
            }

            // What only a signed-in person may read is never kept by a browser or a shared proxy.
            if (context.User.Identity?.IsAuthenticated == true && !headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "private, no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
