using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// A message as a client's widget receives it. Built only from messages visible to the client: the mapping
/// refuses a note, so no path can carry one to a client.
/// </summary>
public sealed record WidgetMessage(
    long Id,
    string? ClientMessageId,
    string Kind,
    string Text,
    DateTimeOffset CreatedAt,
    WidgetAuthor? Author,
    WidgetFile? File,
    bool Deleted,
    bool Edited)
{
    public static WidgetMessage From(Message message, WidgetLinks links, string publicKey, int clientId, WidgetAuthor? author)
    {
        if (!message.IsVisibleToClient)
        {
            throw new InvalidOperationException("An internal note must never be sent to a client.");
        }

        var file = message.Attachment is { } a && !message.IsDeleted
            ? new WidgetFile(message.Id, a.OriginalName, a.ContentType, a.Size, links.File(publicKey, clientId, message.Id), a.IsImage)
            : null;
        return new WidgetMessage(
            message.Id,
            message.ClientMessageId,
            message.Kind.ToString().ToLowerInvariant(),
            message.IsDeleted ? string.Empty : message.Text,
            message.CreatedAt,
            message.Kind is MessageKind.Agent or MessageKind.Bot ? author : null,
            file,
            message.IsDeleted,
            message.EditedAt is not null);
    }
}
