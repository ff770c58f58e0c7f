using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Bots;

/// <summary>
/// What a webhook bot may answer to an event, in the response body or through the bot API:
/// <c>{"messages":[{"text":"…","id":"…"}],"handOver":true}</c>; every part optional, an empty body is fine.
/// </summary>
public sealed record BotReply(IReadOnlyList<BotReplyMessage> Messages, bool HandOver)
{
    /// <summary>A larger answer is not read further: it cannot be a reply.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public const int MaxMessages = 10;

    public static readonly BotReply Nothing = new([], false);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    /// <summary>The reply, or null when the body is not one.</summary>
    public static BotReply? Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return Nothing;
        }

        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(body, Json);
            var messages = wire?.Messages ?? [];
            if (wire is null || messages.Count > MaxMessages || messages.Any(m => m is null || !Valid(m)))
            {
                return null;
            }

            return new BotReply(messages.OfType<WireMessage>().Select(m => new BotReplyMessage(m.Text!.Trim(), string.IsNullOrWhiteSpace(m.Id) ? null : m.Id.Trim())).ToList(), wire.HandOver);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static async Task<string> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxBodyBytes + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += chunk;
        }

        return read > MaxBodyBytes ? "\u0000too large" : Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static bool Valid(WireMessage message) =>
        !string.IsNullOrWhiteSpace(message.Text) && message.Text.Trim().Length <= Message.TextMaxLength
        && (message.Id is null || message.Id.Trim().Length <= Message.ClientMessageIdMaxLength);

    private sealed record Wire(List<WireMessage?>? Messages, bool HandOver);

    private sealed record WireMessage(string? Text, string? Id);
}
