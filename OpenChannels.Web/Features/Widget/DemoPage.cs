using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// A small made-up shop website with the live-chat snippet pasted in, exactly as a customer would do it,
/// so anyone can try the widget: <c>/demo</c> (first live chat) or <c>/demo?key=…</c>. Open to everyone only in
/// Development and Testing; in production only administrators may open it (it writes into a real live chat).
/// </summary>
public static class DemoPage
{
    public static IEndpointRouteBuilder MapDemoPage(this IEndpointRouteBuilder endpoints)
    {
        var demo = endpoints.MapGet("/demo", async (string? key, IDbContextFactory<OpenChannelsDbContext> contexts) =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            var chosen = await db.Connectors.AsNoTracking()
                .Where(c => c.Kind == ConnectorKind.LiveChat && c.OpenChannelId != null && (key == null || c.PublicKey == key))
                .OrderBy(c => c.Id)
                .Select(c => c.PublicKey)
                .FirstOrDefaultAsync();
            var snippet = chosen is null
                ? "<p class=\"note\">No live chat is set up yet: an administrator adds one on an open channel's page (Connectors → Add live chat).</p>"
                : $"<script src=\"/widget/openchannels-widget.js\" data-key=\"{WebUtility.HtmlEncode(chosen)}\" async></script>";
            return Results.Content(Html.Replace("{{snippet}}", snippet), "text/html; charset=utf-8");
        });
        var environment = endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        if (environment.IsDevelopment() || environment.IsEnvironment(Testing.TestingEndpoints.Environment))
        {
            demo.AllowAnonymous();
        }
        else
        {
            demo.RequireAuthorization(Identity.Policies.OpenChannels);
        }

        return endpoints;
    }

    private const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Northwind Bikes — OpenChannels demo website</title>
          <style>
            body { margin: 0; font-family: system-ui, sans-serif; color: #1f2933; background: #f7f9fb; }
            header { background: #263238; color: #fff; padding: 1.25rem 2rem; display: flex; justify-content: space-between; }
            main { max-width: 880px; margin: 2rem auto; padding: 0 1.5rem; }
            .products { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 1rem; }
            .card { background: #fff; border-radius: 8px; padding: 1rem; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
            .note { background: #fff3cd; padding: .75rem 1rem; border-radius: 6px; }
            footer { text-align: center; color: #52606d; font-size: .85rem; margin: 3rem 0; }
          </style>
        </head>
        <body>
          <header><strong>Northwind Bikes</strong><span>A demo website for OpenChannels</span></header>
          <main>
            <h1>City bikes, built to last</h1>
            <p>This page stands in for your own website. The chat button in the corner is the OpenChannels
               live chat, embedded with one line. Write something: an agent answers from the Contact center.</p>
            <div class="products">
              <div class="card"><h3>Commuter 3</h3><p>Three gears, dynamo lights, rack.</p><p><b>€ 640</b></p></div>
              <div class="card"><h3>Cargo L</h3><p>Carries two children or 80 kg of groceries.</p><p><b>€ 2 190</b></p></div>
              <div class="card"><h3>Folding 7</h3><p>Folds in ten seconds, fits under a desk.</p><p><b>€ 890</b></p></div>
            </div>
            {{snippet}}
          </main>
          <footer>Northwind Bikes is made up. The chat is real.</footer>
        </body>
        </html>
        """;
}
