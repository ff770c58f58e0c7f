using System.Net.Http.Json;
using OpenChannels.Web.Features.Widget;

namespace OpenChannels.Tests.Support;

/// <summary>A visitor talking to the public widget API over HTTP, as the widget script does.</summary>
public sealed class WidgetVisitor
{
    private readonly HttpClient _http;

    private WidgetVisitor(HttpClient http, string key, string token)
    {
        _http = http;
        Key = key;
        Token = token;
        _http.DefaultRequestHeaders.Add("X-Client-Token", token);
    }

    public string Key { get; }

    public string Token { get; }

    public string Base => $"/api/widget/{Key}";

    public static async Task<WidgetVisitor> StartAsync(TestApp app, string key)
    {
        var http = app.CreateClient();
        var session = await http.PostAsJsonAsync($"/api/widget/{key}/sessions", new { });
        session.EnsureSuccessStatusCode();
        var token = (await session.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["token"];
        return new WidgetVisitor(http, key, token);
    }

    public Task<HttpResponseMessage> SendAsync(string id, string? text) =>
        _http.PostAsJsonAsync($"{Base}/messages", new { id, text });

    public async Task<WidgetMessage> SayAsync(string text)
    {
        var response = await SendAsync(Guid.NewGuid().ToString(), text);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WidgetMessage>())!;
    }

    public async Task<IReadOnlyList<WidgetMessage>> HistoryAsync()
    {
        var body = await _http.GetFromJsonAsync<HistoryBody>($"{Base}/messages");
        return body!.Messages;
    }

    public HttpClient Http => _http;

    private sealed record HistoryBody(IReadOnlyList<WidgetMessage> Messages);
}
