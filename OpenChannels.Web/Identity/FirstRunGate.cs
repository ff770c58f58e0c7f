namespace OpenChannels.Web.Identity;

/// <summary>Until the first administrator exists, every page leads to the set-up page (and nothing else opens).</summary>
public sealed class FirstRunGate(RequestDelegate next)
{
    public const string SetupPath = "/setup";

    private static readonly string[] AlwaysOpen = ["/_blazor", "/_framework", "/_content", "/health", "/api", "/demo", SetupPath];

    public async Task InvokeAsync(HttpContext context, SetupState setup)
    {
        var path = context.Request.Path;
        var open = AlwaysOpen.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            || Path.HasExtension(path.Value);
        if (!open && !await setup.IsCompleteAsync(context.RequestAborted))
        {
            context.Response.Redirect(SetupPath);
            return;
        }

        await next(context);
    }
}
