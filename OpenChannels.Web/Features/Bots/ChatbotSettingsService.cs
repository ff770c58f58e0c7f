using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Bots;

/// <summary>
/// The Chatbots tab (B-1…B-4) of an open channel. Conversations a bot already holds keep it under their own terms
/// when the tab changes; the new settings apply to the next new conversation.
/// </summary>
public sealed class ChatbotSettingsService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes)
{
    public async Task<ChatbotForm?> GetAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var channel = await db.OpenChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == openChannelId);
        return channel?.Chatbot is not { } policy ? null : new ChatbotForm
        {
            Enabled = policy.Enabled,
            BotId = policy.BotId,
            Activation = policy.Activation,
            HandOverAfterOn = policy.HandOverAfter is not null,
            HandOverMinutes = policy.HandOverAfter is { } after ? (int)after.TotalMinutes : 5,
            Disconnect = policy.Disconnect,
        };
    }

    /// <summary>B-1: the bots to choose from; none means the switch stays off until an administrator adds one.</summary>
    public async Task<IReadOnlyList<BotChoice>> BotsAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Bots.AsNoTracking().OrderBy(b => b.Name).Select(b => new BotChoice(b.Id, b.Name, b.Kind)).ToListAsync();
    }

    public Task<Result> SaveAsync(int openChannelId, ChatbotForm form) => writes.RunAsync(async db =>
    {
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        if (form.BotId is { } botId && !await db.Bots.AnyAsync(b => b.Id == botId))
        {
            return new InvalidInput("BotId", "Choose a bot of the list: this one no longer exists.");
        }

        channel.ChangeChatbot(new ChatbotPolicy(
            form.Enabled,
            form.BotId,
            form.Activation,
            form.HandOverAfterOn ? TimeSpan.FromMinutes(form.HandOverMinutes) : null,
            form.Disconnect));
        return Result.Ok;
    });
}
