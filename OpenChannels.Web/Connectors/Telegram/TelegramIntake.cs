using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;
using TgMessage = Telegram.Bot.Types.Message;
using Update = Telegram.Bot.Types.Update;

namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>
/// One Telegram update, from long polling or the webhook, stored as the client's message (CH-1): the private chat is the
/// client (its id their external id, their Telegram name and @username fill the client) and <c>tg-{chat}-{message}</c>
/// the message's id, so a redelivered update is stored once. Returns normally once the update may be acknowledged —
/// stored, a repeat, refused for good, or nothing to store; throws when it must come again (the database or the file
/// download failed).
/// </summary>
public sealed class TelegramIntake(
    IDbContextFactory<OpenChannelsDbContext> contexts, ConnectorInbox inbox, TelegramFiles files, ILogger<TelegramIntake> log)
{
    public async Task ReceiveAsync(int connectorId, ITelegramBotClient bot, string protectedToken, Update update, CancellationToken cancellationToken)
    {
        // Groups and channels have no one client to answer: only private chats become conversations.
        if (update.Message is not { Chat.Type: ChatType.Private } message)
        {
            return;
        }

        var chatId = message.Chat.Id.ToString(CultureInfo.InvariantCulture);
        var messageId = $"tg-{chatId}-{message.Id.ToString(CultureInfo.InvariantCulture)}";
        if (await StoredAsync(connectorId, chatId, messageId, cancellationToken))
        {
            return;
        }

        var who = new ExternalPerson(chatId, NameOf(message), message.From?.Username ?? message.Chat.Username);
        var file = await FileAsync(bot, protectedToken, message, cancellationToken);
        var parts = Split(Join(message.Text ?? message.Caption, file?.Note) ?? Unsupported(message));
        for (var i = 0; i < parts.Count; i++)
        {
            // A text longer than a message may hold goes on in a second message, with an id of its own.
            var attachment = i == 0 ? file?.Attachment : null;
            Domain.Common.Result<Received> received;
            try
            {
                received = await inbox.ReceiveAsync(connectorId, who, i == 0 ? messageId : $"{messageId}-{i + 1}", parts[i], attachment);
            }
            catch when (attachment is not null)
            {
                // Not stored: the update comes again and its file is downloaded again.
                files.Forget(attachment);
                throw;
            }

            if (attachment is not null && (!received.Succeeded || !received.Value.Created))
            {
                files.Forget(attachment);
            }

            if (!received.Succeeded)
            {
                log.LogWarning("Telegram update {UpdateId} of connector {ConnectorId} was refused: {Error}", update.Id, connectorId, received.Error.Message);
            }
        }
    }

    private async Task<bool> StoredAsync(int connectorId, string chatId, string messageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Clients.Where(c => c.ConnectorId == connectorId && c.ExternalId == chatId)
            .Join(db.Messages, c => c.Id, m => m.ClientId, (c, m) => m)
            .AnyAsync(m => m.ClientMessageId == messageId, cancellationToken);
    }

    private async Task<TelegramFile?> FileAsync(ITelegramBotClient bot, string protectedToken, TgMessage message, CancellationToken cancellationToken)
    {
        if (message.Photo is { Length: > 0 } sizes)
        {
            // Telegram offers each photo in several sizes, smallest first: the largest that fits is kept.
            var photo = sizes.LastOrDefault(p => p.FileSize is null || p.FileSize <= Storage.AttachmentStore.MaxBytes) ?? sizes[^1];
            return await files.DownloadAsync(bot, protectedToken, photo.FileId, photo.FileSize, "photo.jpg", cancellationToken);
        }

        return message.Document is { } document
            ? await files.DownloadAsync(bot, protectedToken, document.FileId, document.FileSize, document.FileName ?? "document", cancellationToken)
            : null;
    }

    private static string? NameOf(TgMessage message)
    {
        var name = string.Join(' ', new[] { message.From?.FirstName ?? message.Chat.FirstName, message.From?.LastName ?? message.Chat.LastName }
            .Where(n => !string.IsNullOrWhiteSpace(n)));
        return name.Length > 0 ? name : null;
    }

    private static string? Join(string? text, string? note) =>
        string.IsNullOrWhiteSpace(note) ? text : string.IsNullOrWhiteSpace(text) ? note : $"{text}\n{note}";

    /// <summary>A sticker, a voice message, a location…: the agent learns that something came, rather than nothing.</summary>
    private static string Unsupported(TgMessage message) =>
        message.Photo is not null || message.Document is not null ? string.Empty
            : $"(The client sent a Telegram {message.Type.ToString().ToLowerInvariant()} message, which cannot be shown here.)";

    private static List<string> Split(string text) =>
        text.Length <= Message.TextMaxLength ? [text]
            : [.. Enumerable.Range(0, (text.Length + Message.TextMaxLength - 1) / Message.TextMaxLength)
                .Select(i => text.Substring(i * Message.TextMaxLength, Math.Min(Message.TextMaxLength, text.Length - (i * Message.TextMaxLength))))];
}
