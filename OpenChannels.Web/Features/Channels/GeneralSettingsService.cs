using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Shared;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Channels;

/// <summary>The Other tab: name, active, message log, confirm before closing, language; and deleting the channel.</summary>
public sealed class GeneralSettingsService(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, AttachmentStore files, Identity.SecurityLog log)
{
    public async Task<GeneralSettingsForm?> GetAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var channel = await db.OpenChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == openChannelId);
        return channel is null ? null : new GeneralSettingsForm
        {
            Name = channel.Name,
            IsActive = channel.IsActive,
            UnavailableText = channel.UnavailableText,
            SaveMessageLog = channel.SaveMessageLog,
            ConfirmBeforeClosing = channel.ConfirmBeforeClosing,
            Language = channel.Language,
            WidgetSpeaksVisitorLanguage = channel.WidgetSpeaksVisitorLanguage,
            Conversations = await db.Conversations.CountAsync(c => c.OpenChannelId == openChannelId),
            Connectors = await db.Connectors.CountAsync(c => c.OpenChannelId == openChannelId),
        };
    }

    public Task<Result> SaveAsync(int openChannelId, GeneralSettingsForm form) => writes.RunAsync(async db =>
    {
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        channel.Rename(form.Name);
        if (await db.OpenChannels.AnyAsync(c => c.Id != openChannelId && c.Name.ToLower() == channel.Name.ToLower()))
        {
            return new InvalidInput("Name", "An open channel named \"{0}\" already exists.", channel.Name);
        }

        channel.ChangeUnavailableText(form.UnavailableText);
        if (form.IsActive)
        {
            channel.Activate();
        }
        else
        {
            channel.Deactivate();
        }

        channel.ChangeOtherSettings(form.SaveMessageLog, form.ConfirmBeforeClosing, form.Language, form.WidgetSpeaksVisitorLanguage);
        return Result.Ok;
    });

    /// <summary>
    /// O-6: the channel and its conversations (with their messages and files) go; its connectors are detached. L11: the
    /// deletion is a security event, logged with who did it.
    /// </summary>
    public async Task<Result<int>> DeleteAsync(int openChannelId, string? actingUserId = null)
    {
        List<Attachment> attachments = [];
        var deleted = await writes.RunAsync<int>(async db =>
        {
            var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
            if (channel is null)
            {
                return new NotFound("Open channel", openChannelId);
            }

            attachments = await db.Messages.AsNoTracking()
                .Where(m => m.Attachment != null && db.Conversations.Any(c => c.Id == m.ConversationId && c.OpenChannelId == openChannelId))
                .Select(m => m.Attachment!)
                .ToListAsync();
            var conversations = await db.Conversations.CountAsync(c => c.OpenChannelId == openChannelId);
            db.OpenChannels.Remove(channel);
            return conversations;
        });

        if (deleted.Succeeded)
        {
            log.ChannelDeleted(openChannelId, actingUserId);
        }

        // After the commit: a failed delete must not have lost the files of conversations that remain.
        foreach (var attachment in deleted.Succeeded ? attachments : [])
        {
            if (files.PathOf(attachment) is { } path)
            {
                File.Delete(path);
            }
        }

        return deleted;
    }
}
