using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Shared;

namespace OpenChannels.Web.Features.Channels;

/// <summary>The Other tab: name, active, message log, confirm before closing, language; and deleting the channel.</summary>
public sealed class OtherSettingsService(IDbContextFactory<OpenChannelsDbContext> contexts, AttachmentStore files)
{
    public async Task<OtherForm?> GetAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var channel = await db.OpenChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == openChannelId);
        return channel is null ? null : new OtherForm
        {
            Name = channel.Name,
            IsActive = channel.IsActive,
            SaveMessageLog = channel.SaveMessageLog,
            ConfirmBeforeClosing = channel.ConfirmBeforeClosing,
            Language = channel.Language,
            Conversations = await db.Conversations.CountAsync(c => c.OpenChannelId == openChannelId),
            Connectors = await db.Connectors.CountAsync(c => c.OpenChannelId == openChannelId),
        };
    }

    public async Task<Result> SaveAsync(int openChannelId, OtherForm form)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        try
        {
            channel.Rename(form.Name);
            if (await db.OpenChannels.AnyAsync(c => c.Id != openChannelId && c.Name.ToLower() == channel.Name.ToLower()))
            {
                return new InvalidInput("Name", $"An open channel named \"{channel.Name}\" already exists.");
            }

            if (form.IsActive)
            {
                channel.Activate();
            }
            else
            {
                channel.Deactivate();
            }

            channel.ChangeOtherSettings(form.SaveMessageLog, form.ConfirmBeforeClosing, form.Language);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return Result.Ok;
        }
        catch (DomainRuleViolated e)
        {
            return e.Error;
        }
    }

    /// <summary>O-6: the channel and its conversations (with their messages and files) go; its connectors are detached.</summary>
    public async Task<Result<int>> DeleteAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        var conversations = await db.Conversations.CountAsync(c => c.OpenChannelId == openChannelId);
        var attachments = await db.Messages.AsNoTracking()
            .Where(m => m.Attachment != null && db.Conversations.Any(c => c.Id == m.ConversationId && c.OpenChannelId == openChannelId))
            .Select(m => m.Attachment!)
            .ToListAsync();
        db.OpenChannels.Remove(channel);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        // After the commit: a failed delete must not have lost the files of conversations that remain.
        foreach (var attachment in attachments)
        {
            if (files.PathOf(attachment) is { } path)
            {
                File.Delete(path);
            }
        }

        return conversations;
    }
}
