using System.Globalization;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Storage;
using Telegram.Bot;

namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>
/// A client's photo or document: <c>getFile</c>, then downloaded from the same Bot API server into the attachment store,
/// within its size limit and kinds. What cannot be kept becomes a line of text for the agent, so the client's message is
/// never lost; a full disk is an error, so the update is not acknowledged and comes again.
/// </summary>
public sealed class TelegramFiles(TelegramBots bots, AttachmentStore files)
{
    public async Task<TelegramFile> DownloadAsync(
        ITelegramBotClient bot, string protectedToken, string fileId, long? size, string name, CancellationToken cancellationToken)
    {
        if (size > AttachmentStore.MaxBytes)
        {
            return TooLarge(name);
        }

        var file = await bot.GetFile(fileId, cancellationToken);
        if (file.FileSize > AttachmentStore.MaxBytes)
        {
            return TooLarge(name);
        }

        if (string.IsNullOrEmpty(file.FilePath))
        {
            return new TelegramFile(null, $"(The client sent the file \"{name}\", which Telegram did not make available.)");
        }

        using var response = await bots.Http().GetAsync(bots.FileUri(protectedToken, file.FilePath), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var saved = await files.SaveAsync(body, name, cancellationToken);
        return saved.Succeeded ? new TelegramFile(saved.Value, null)
            : saved.Error is FileTooLarge ? TooLarge(name)
            : saved.Error is InsufficientStorage ? throw new IOException("The data disk is full: the update is left for later.")
            : new TelegramFile(null, $"(The client sent the file \"{name}\", which could not be kept: {saved.Error.Message})");
    }

    private static TelegramFile TooLarge(string name) => new(
        null,
        string.Create(CultureInfo.InvariantCulture, $"(The client sent the file \"{name}\", which is larger than the {AttachmentStore.MaxBytes / 1024 / 1024} MB a message may carry.)"));

    /// <summary>A file no message came to hold (the update was a repeat or refused).</summary>
    public void Forget(Attachment attachment) => files.Delete(attachment);
}
