using System.Security.Cryptography;
using System.Text;

namespace OpenChannels.Web.Connectors.Email;

/// <summary>The ids that make e-mail idempotent: the client message id of a mail's parts, and the Message-ID of our answers.</summary>
public static class MailIds
{
    /// <summary>
    /// The stored message id of a mail's text (part 0) or its n-th attachment: the Message-ID itself (<c>id</c>,
    /// <c>id#1</c>…), or its hash when too long for the column — either way the same mail gives the same ids.
    /// </summary>
    public static string ClientMessageId(string messageId, int part)
    {
        var suffix = part == 0 ? string.Empty : $"#{part}";
        var id = messageId + suffix;
        return id.Length <= Domain.Conversations.Message.ClientMessageIdMaxLength
            ? id
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..40] + suffix;
    }

    /// <summary>The key of the thread a mail starts (<see cref="Domain.Conversations.Conversation.Thread"/>): its Message-ID's hash.</summary>
    public static string Thread(string messageId) =>
        "mail:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..40];

    /// <summary>
    /// Our answer's Message-ID, made from its outbound event: a resend after a crash carries the same id (the client's
    /// mail program shows it once), and the client's reply to it names the event, hence the conversation.
    /// </summary>
    public static string ForEvent(string eventId, string fromAddress)
    {
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 ? fromAddress[(at + 1)..] : "openchannels.invalid";
        return $"{eventId}@{domain}";
    }

    /// <summary>The outbound event a Message-ID of ours was made from, or null.</summary>
    public static string? EventOf(string messageId) =>
        messageId.StartsWith("evt_", StringComparison.Ordinal) && messageId.IndexOf('@') is > 4 and var at ? messageId[..at] : null;
}
