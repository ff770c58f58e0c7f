using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenChannels.Bench;

/// <summary>Simulated visitors on the public widget API, as the widget script talks to it.</summary>
public sealed class WidgetClient(HttpClient http, string key)
{
    public static HttpClient NewHttp(Uri address, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

    public async Task<string> NewVisitorAsync()
    {
        using var response = await http.PostAsJsonAsync($"api/widget/{key}/sessions", new { });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    /// <summary>Sends one message; null when stored, else the status and body (reported, never hidden).</summary>
    public async Task<(string? Error, long? MessageId)> SendAsync(string token, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/widget/{key}/messages")
        {
            Content = JsonContent.Create(new { id = Guid.NewGuid().ToString("N"), text }),
        };
        request.Headers.Add("X-Client-Token", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK
            ? (null, JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64())
            : ($"{(int)response.StatusCode}: {body}", null);
    }
}
