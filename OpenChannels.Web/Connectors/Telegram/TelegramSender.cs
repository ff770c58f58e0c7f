using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;
using OpenChannels.Web.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace OpenChannels.Web.Connectors.Telegram;

/// <summary>
/// Sends what reaches a Telegram client (CH-1) — an agent's, the bot's or an automatic message — to their chat: text
/// with <c>sendMessage</c> as plain text (no parse mode, so nothing the agent types is interpreted), an image with
/// <c>sendPhoto</c>, any other file with <c>sendDocument</c>, the text as its caption when it fits. "Send a test" is
/// <c>getMe</c>.
/// </summary>
public sealed class TelegramSender(
    TelegramBots bots, IDbContextFactory<OpenChannelsDbContext> contexts, AttachmentStore files, ConnectorSettings settings) : IConnectorSender
{
    private const int CaptionMaxLength = 1024;

    private static readonly string[] PhotoTypes = ["image/jpeg", "image/png", "image/webp"];

    public ConnectorKind Kind => ConnectorKind.Telegram;

    public Task<SendOutcome> TestAsync(OutboundAttempt probe, CancellationToken cancellationToken) =>
        CallAsync(
            probe,
            async (bot, token) =>
            {
                await bot.GetMe(token);
                return SendOutcome.Success(200);
            },
            cancellationToken);

    public Task<SendOutcome> SendAsync(OutboundAttempt attempt, CancellationToken cancellationToken)
    {
        var body = OutboundPayloads.Read(attempt.Payload);
        if (body?.Message is not { } message || !long.TryParse(body.Client?.ExternalId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var chat))
        {
            return Task.FromResult(SendOutcome.Failure("The event names no Telegram chat or message.", permanent: true));
        }

        return CallAsync(attempt, async (bot, token) =>
        {
            if (message.Attachment is null)
            {
                if (!string.IsNullOrWhiteSpace(message.Text))
                {
                    await bot.SendMessage(chat, message.Text, cancellationToken: token);
                }

                return SendOutcome.Success(200);
            }

            var attachment = await AttachmentAsync(message.Id, token);
            if (attachment is null || files.PathOf(attachment) is not { } path)
            {
                return SendOutcome.Failure("The message's file is no longer stored.", permanent: true);
            }

            var caption = message.Text.Length <= CaptionMaxLength && !string.IsNullOrWhiteSpace(message.Text) ? message.Text : null;
            await using (var stream = File.OpenRead(path))
            {
                var file = InputFile.FromStream(stream, attachment.OriginalName);
                _ = PhotoTypes.Contains(attachment.ContentType)
                    ? await bot.SendPhoto(chat, file, caption, cancellationToken: token)
                    : await bot.SendDocument(chat, file, caption, cancellationToken: token);
            }

            if (caption is null && !string.IsNullOrWhiteSpace(message.Text))
            {
                await bot.SendMessage(chat, message.Text, cancellationToken: token);
            }

            return SendOutcome.Success(200);
        }, cancellationToken);
    }

    private async Task<SendOutcome> CallAsync(
        OutboundAttempt attempt, Func<ITelegramBotClient, CancellationToken, Task<SendOutcome>> call, CancellationToken cancellationToken)
    {
        if (attempt.ProtectedSecret is not { } token)
        {
            return SendOutcome.Failure("The connector has no bot token.", permanent: true);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            return await call(bots.ForProtected(token), timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Failure($"Telegram did not answer within {settings.Timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s.");
        }
        catch (Exception e) when (e is RequestException or HttpRequestException or System.Security.Cryptography.CryptographicException)
        {
            return TelegramErrors.Outcome(e);
        }
    }

    private async Task<Attachment?> AttachmentAsync(long messageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Messages.AsNoTracking().Where(m => m.Id == messageId && m.DeletedAt == null).Select(m => m.Attachment).FirstOrDefaultAsync(cancellationToken);
    }
}
