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

    public static Task<WidgetVisitor> StartAsync(TestApp app, string key) => StartAsync(app.CreateClient(), key);

    /// <summary>A new visitor through the given client (a host with replaced services, say).</summary>
    public static async Task<WidgetVisitor> StartAsync(HttpClient http, string key)
    {
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

    /// <summary>Sends a file as the widget does: multipart with the fields "id" and "file".</summary>
    public Task<HttpResponseMessage> UploadAsync(byte[] content, string name = "photo.png", string? id = null) =>
        _http.PostAsync($"{Base}/files", new MultipartFormDataContent
        {
            { new StringContent(id ?? Guid.NewGuid().ToString()), "id" },
            { new ByteArrayContent(content), "file", name },
        });

    /// <summary>C-1: accepts the agreement the widget configuration names.</summary>
    public Task<HttpResponseMessage> AcceptAsync(int agreementId, int version) =>
        _http.PostAsJsonAsync($"{Base}/consent", new { agreementId, version });

    /// <summary>A-2: sends the contact form.</summary>
    public Task<HttpResponseMessage> GiveContactAsync(string? name, string? email, string? phone) =>
        _http.PostAsJsonAsync($"{Base}/contact", new { name, email, phone });

    /// <summary>What the channel still asks of this visitor.</summary>
    public async Task<WidgetClientState> StateAsync() => (await _http.GetFromJsonAsync<WidgetClientState>($"{Base}/client"))!;

    public async Task<WidgetConfig> ConfigAsync() => (await _http.GetFromJsonAsync<WidgetConfig>($"{Base}/config"))!;

    /// <summary>R-1, R-2: what the live chat may show about rating the visitor's latest conversation.</summary>
    public async Task<WidgetRating> RatingAsync() => (await _http.GetFromJsonAsync<WidgetRating>($"{Base}/rating"))!;

    /// <summary>R-1: rates one of the visitor's conversations, "like" or "dislike".</summary>
    public Task<HttpResponseMessage> RateAsync(int conversationId, string rating, string? comment = null) =>
        _http.PostAsJsonAsync($"{Base}/rating", new { conversationId, rating, comment });

    /// <summary>An RFC 7807 problem document from a refused request.</summary>
    public static async Task<System.Text.Json.JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private sealed record HistoryBody(IReadOnlyList<WidgetMessage> Messages);
}
