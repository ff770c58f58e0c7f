using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// R-1…R-4 on the visitor's side: what the live chat shows about rating their latest conversation, and their rating of
/// it. Only the visitor's own conversations (their client credential and this connector) can be read or rated; any
/// other id is "not found".
/// </summary>
public sealed class WidgetRatingService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, TimeProvider clock)
{
    public async Task<WidgetRating> StateAsync(WidgetClient client, CultureInfo? visitorCulture)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var conversation = await Own(db, client).AsNoTracking().OrderByDescending(c => c.Id).FirstOrDefaultAsync();
        if (conversation is null)
        {
            return WidgetRating.Nothing;
        }

        var channel = await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == conversation.OpenChannelId);
        var stage = conversation.ClientRatingStageAt(channel.Rating, clock.GetUtcNow());
        var asks = stage is ClientRatingStage.Offered or ClientRatingStage.Requested;
        return new WidgetRating(
            conversation.Id,
            Camel(stage.ToString()),
            asks ? channel.RatingRequestFor(ConnectorKind.LiveChat, WidgetService.LanguageOf(channel, visitorCulture)) : null,
            conversation.ClientRating is { } rating ? Camel(rating.ToString()) : null,
            conversation.ClientRatingComment);
    }

    /// <summary>R-1: rates one of the visitor's conversations; R-3: the closing text follows when the rating ends an ongoing one.</summary>
    public Task<Result> RateAsync(WidgetClient client, int conversationId, ClientRating rating, string? comment) => writes.RunAsync(async db =>
    {
        var conversation = await Own(db, client).FirstOrDefaultAsync(c => c.Id == conversationId);
        if (conversation is null)
        {
            return new NotFound("Conversation", conversationId);
        }

        var channel = await db.OpenChannels.AsNoTracking().SingleAsync(ch => ch.Id == conversation.OpenChannelId);
        var now = clock.GetUtcNow();
        var wasOpen = conversation.IsOpen;
        conversation.RateByClient(rating, comment, channel.Rating, now);
        if (wasOpen && !conversation.IsOpen && channel.Replies.Closing.Enabled)
        {
            // finished by the client's rating, it ends as a finish by the agent would.
            db.Messages.Add(Message.Automatic(conversation.Id, channel.TextFor(DefaultText.Closing), now));
        }

        return Result.Ok;
    });

    private static IQueryable<Conversation> Own(OpenChannelsDbContext db, WidgetClient client) =>
        db.Conversations.Where(c => c.ClientId == client.ClientId && c.ConnectorId == client.ConnectorId);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
