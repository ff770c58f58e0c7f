using Microsoft.OpenApi;

namespace OpenChannels.Web.Api;

/// <summary>
/// The webhook half of the bot protocol in the OpenAPI document: what the app posts to a bot and what the bot may answer
/// (the bot API's own endpoints describe themselves). The README tells the same.
/// </summary>
public static class BotApiDocument
{
    public const string Tag = "Bot API";

    public const string Protocol =
        "A webhook bot receives, for each client message in a conversation it takes part in, a POST to its address with "
        + "`Content-Type: application/json`, `OpenChannels-Event-Id: <id>` and `OpenChannels-Signature: t=<unix seconds>,v1=<hex "
        + "HMAC-SHA256 of \"t.body\" with the bot's secret>`. Body: `{\"type\":\"message.created\",\"createdAt\":…,\"bot\":{\"id\",\"name\"},"
        + "\"conversation\":{\"id\",\"openChannelId\",\"language\",\"withBot\"},\"client\":{\"id\",\"name\",\"email\",\"phone\"},"
        + "\"message\":{\"id\",\"text\",\"createdAt\",\"attachment\"}}`; a bot that stays after the hand-over also gets "
        + "`{\"type\":\"conversation.handed_over\",\"reason\":…}`. Verify the signature in constant time and refuse a timestamp more "
        + "than 5 minutes off; an event whose answer did not arrive is sent again with the same id. Answer with a 2xx and, "
        + "optionally, `{\"messages\":[{\"text\":\"…\",\"id\":\"…\"}],\"handOver\":true}`. A timeout, an error status or another body "
        + "is a failure: retried after 5 s, 30 s, 2 min, then every 10 min, and the conversation goes to the agents after the "
        + "bot's failure limit. The endpoints below take the bot's token: `Authorization: Bearer ocbot_…`.";

    public static void Describe(OpenApiDocument document)
    {
        // The endpoints' tag is already there (the set keeps one tag per name): it gets the description.
        document.Tags ??= new HashSet<OpenApiTag>();
        if (document.Tags.FirstOrDefault(t => t.Name == Tag) is { } tag)
        {
            tag.Description = Protocol;
        }
        else
        {
            document.Tags.Add(new OpenApiTag { Name = Tag, Description = Protocol });
        }
    }
}
