using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OpenChannels.Tests.Support;

/// <summary>
/// A customer's website on its own port (a real loopback server, as the browser's network rules want): its page
/// embeds the live-chat snippet of the app under test, with the key in the page's query string.
/// </summary>
public sealed class CustomerWebsite : IAsyncDisposable
{
    private readonly WebApplication _site;

    private CustomerWebsite(WebApplication site, int port)
    {
        _site = site;
        Port = port;
    }

    public int Port { get; }

    public static async Task<CustomerWebsite> StartAsync(Uri app)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        var site = builder.Build();
        var script = new Uri(app, "/widget/openchannels-widget.js");
        site.MapGet("/", (string key) => Results.Content(
            $"<!doctype html><html><head><title>Shop</title></head><body><h1>Shop</h1>" +
            $"<script src=\"{script}\" data-key=\"{System.Net.WebUtility.HtmlEncode(key)}\" async></script></body></html>",
            "text/html"));
        await site.StartAsync();
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CustomerWebsite(site, new Uri(address).Port);
    }

    /// <summary>The page under one of the site's names: <c>localhost</c> and <c>127.0.0.1</c> are two websites to a browser.</summary>
    public string Page(string host, string key) => $"http://{host}:{Port}/?key={Uri.EscapeDataString(key)}";

    public string Origin(string host) => $"http://{host}:{Port}";

    public async ValueTask DisposeAsync()
    {
        await _site.StopAsync();
        await _site.DisposeAsync();
    }
}
