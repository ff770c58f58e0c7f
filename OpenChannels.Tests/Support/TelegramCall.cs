using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenChannels.Tests.Support;

/// <summary>A Bot API call as the fake Telegram received it: the method, its parameters as text, an uploaded file, the answer's status.</summary>
public sealed record TelegramCall(string Method, IReadOnlyDictionary<string, string> Parameters, string? FileName, byte[]? File, int Status)
{
    public string this[string name] => Parameters.TryGetValue(name, out var value) ? value : string.Empty;

    /// <summary>The call's parameters as text, whether the client sent JSON or a form (with a file, for uploads).</summary>
    public static async Task<(Dictionary<string, string>, string?, byte[]?)> ReadAsync(HttpRequest request)
    {
        var parameters = new Dictionary<string, string>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                parameters[key] = value.ToString();
            }

            if (form.Files.FirstOrDefault() is { } upload)
            {
                using var copy = new MemoryStream();
                await upload.CopyToAsync(copy);
                return (parameters, upload.FileName, copy.ToArray());
            }

            return (parameters, null, null);
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        if (!string.IsNullOrWhiteSpace(text) && JsonNode.Parse(text) is JsonObject json)
        {
            foreach (var (key, value) in json)
            {
                parameters[key] = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? string.Empty;
            }
        }

        return (parameters, null, null);
    }
}
