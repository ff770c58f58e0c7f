using System.Net.Http.Headers;
using System.Net.Http.Json;
using OpenChannels.Web.Features.Channels;

namespace OpenChannels.Tests.Support;

/// <summary>An external system posting its clients' messages to an API connector, as its developers would.</summary>
public sealed class ApiInboxCaller(TestApp app, NewConnectorSecrets connector)
{
    public NewConnectorSecrets Connector => connector;

    public static async Task<ApiInboxCaller> CreateAsync(TestApp app, int channelId, string? webhookUrl = null)
    {
        var added = await app.Get<ConnectorService>().AddApiAsync(channelId, "Shop backend", webhookUrl);
        return new ApiInboxCaller(app, added.ShouldSucceed());
    }

    public Task<HttpResponseMessage> PostAsync(object body, string? token = null)
    {
        var http = app.AnonymousClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token ?? connector.Token);
        return http.PostAsJsonAsync($"/api/inbox/{connector.PublicKey}/messages", body);
    }

    public Task<HttpResponseMessage> SayAsync(string clientId, string messageId, string text, string? name = null) =>
        PostAsync(new { id = messageId, client = new { id = clientId, name }, text });

    public async Task<HttpResponseMessage> UploadAsync(string clientId, string messageId, byte[] file, string fileName)
    {
        var http = app.AnonymousClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", connector.Token);
        using var form = new MultipartFormDataContent
        {
            { JsonContent.Create(new { id = messageId, client = new { id = clientId } }), "message" },
            { new ByteArrayContent(file), "file", fileName },
        };
        return await http.PostAsync($"/api/inbox/{connector.PublicKey}/messages", form);
    }
}
