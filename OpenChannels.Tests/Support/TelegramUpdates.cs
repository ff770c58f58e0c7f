using System.Text.Json.Nodes;

namespace OpenChannels.Tests.Support;

/// <summary>Telegram's JSON for what a client sends the bot in their private chat, as the Bot API documents it.</summary>
public static class TelegramUpdates
{
    public static JsonObject Message(int messageId, long chatId, string firstName, string? lastName, string? username, JsonObject content)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = 1_795_000_000,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = firstName, ["last_name"] = lastName, ["username"] = username },
            ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = firstName, ["last_name"] = lastName, ["username"] = username },
        };
        foreach (var (key, value) in content.ToList())
        {
            content.Remove(key);
            message[key] = value;
        }

        return message;
    }

    /// <summary>A photo in two sizes, smallest first, as Telegram offers it; only <paramref name="fileId"/> (the largest) is served.</summary>
    public static JsonObject Photo(string fileId, long size, string? caption)
    {
        var content = new JsonObject
        {
            ["photo"] = new JsonArray(
                new JsonObject { ["file_id"] = fileId + "-small", ["file_unique_id"] = fileId + "s", ["width"] = 1, ["height"] = 1, ["file_size"] = 10 },
                new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = fileId, ["width"] = 1, ["height"] = 1, ["file_size"] = size }),
        };
        if (caption is not null)
        {
            content["caption"] = caption;
        }

        return content;
    }

    public static JsonObject Document(string fileId, string name, long size) => new()
    {
        ["document"] = new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = fileId, ["file_name"] = name, ["file_size"] = size },
    };
}
