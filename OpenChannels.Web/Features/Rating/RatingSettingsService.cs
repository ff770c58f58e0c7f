using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Rating;

/// <summary>The Rating tab (R-1…R-5): whether and how an open channel's clients rate its agents.</summary>
public sealed class RatingSettingsService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes)
{
    public async Task<RatingForm?> GetAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var channel = await db.OpenChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return null;
        }

        var rating = channel.Rating;
        return new RatingForm
        {
            AskClient = rating.AskClient,
            AllowDuringConversation = rating.AllowDuringConversation,
            CloseOnRating = rating.CloseOnRating,
            TimeLimitOn = rating.TimeLimit is not null,
            TimeLimitMinutes = rating.TimeLimit is { } limit ? (int)limit.TotalMinutes : 60,
            LiveChatText = rating.LiveChatText,
            OtherChannelsText = rating.OtherChannelsText,
            DefaultLiveChatText = DefaultTexts.For(channel.Language, DefaultText.RatingRequestLiveChat),
            DefaultOtherChannelsText = DefaultTexts.For(channel.Language, DefaultText.RatingRequestOther),
            FullCloseMinutes = channel.Unanswered.FullCloseDelay is { } delay ? (int)delay.TotalMinutes : null,
        };
    }

    public Task<Result> SaveAsync(int openChannelId, RatingForm form) => writes.RunAsync(async db =>
    {
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        channel.ChangeRating(new RatingPolicy(
            form.AskClient,
            form.AllowDuringConversation,
            form.CloseOnRating,
            form.TimeLimitOn ? TimeSpan.FromMinutes(form.TimeLimitMinutes) : null,
            form.LiveChatText,
            form.OtherChannelsText));
        return Result.Ok;
    });
}
