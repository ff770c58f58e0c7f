using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.AutomaticActions;

/// <summary>Reads and saves an open channel's Automatic actions tab.</summary>
public sealed class AutomaticActionsService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes)
{
    public async Task<AutomaticActionsForm?> GetAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var channel = await db.OpenChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == openChannelId);
        return channel is null ? null : new AutomaticActionsForm
        {
            Greeting = channel.Greeting,
            GreetingText = channel.GreetingText,
            ClosingReply = channel.ClosingReply,
            ClosingText = channel.ClosingText,
            TimeoutEnabled = channel.ClientTimeout is not null,
            TimeoutMinutes = (int)(channel.ClientTimeout?.TotalMinutes ?? 60),
            TimeoutReply = channel.TimeoutReply,
            TimeoutText = channel.TimeoutText,
            UnansweredEnabled = channel.UnansweredAfter is not null,
            UnansweredMinutes = (int)(channel.UnansweredAfter?.TotalMinutes ?? 10),
            UnansweredAction = channel.UnansweredAction,
            UnansweredText = channel.UnansweredText,
            FullCloseMinutes = (int)(channel.FullCloseDelay?.TotalMinutes ?? 0),
            ContactFormMode = channel.ContactForm.Mode,
            ContactName = channel.ContactForm.Name,
            ContactEmail = channel.ContactForm.Email,
            ContactPhone = channel.ContactForm.Phone,
            QuickReplyListId = channel.QuickReplyListId ?? 0,
            EvenlyDistribution = channel.QueueSettings.Mode == Domain.Routing.DistributionMode.Evenly,
            DefaultUnanswered = DefaultTexts.For(channel.Language, DefaultText.Unanswered),
            DefaultGreeting = DefaultTexts.For(channel.Language, DefaultText.Greeting),
            DefaultClosing = DefaultTexts.For(channel.Language, DefaultText.Closing),
            DefaultTimeout = DefaultTexts.For(channel.Language, DefaultText.Timeout),
        };
    }

    public Task<Result> SaveAsync(int openChannelId, AutomaticActionsForm form) => writes.RunAsync(async db =>
    {
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        if (form.TimeoutEnabled && AutomaticActionsForm.CheckTimeoutMinutes(form.TimeoutMinutes) is { } invalid)
        {
            return new InvalidInput("Timeout", invalid);
        }

        if (form.QuickReplyListId != 0 && !await db.QuickReplyLists.AnyAsync(l => l.Id == form.QuickReplyListId))
        {
            return new InvalidInput("QuickReplyList", "That quick-reply list no longer exists. Choose another one.");
        }

        channel.ChangeAutomaticActions(
            form.Greeting,
            form.GreetingText,
            form.ClosingReply,
            form.ClosingText,
            form.TimeoutEnabled ? TimeSpan.FromMinutes(form.TimeoutMinutes) : null,
            form.TimeoutReply,
            form.TimeoutText);
        channel.ChangeUnansweredAndClosing(
            form.UnansweredEnabled ? TimeSpan.FromMinutes(form.UnansweredMinutes) : null,
            form.UnansweredEnabled ? form.UnansweredAction : UnansweredAction.Nothing,
            form.UnansweredText,
            form.FullCloseMinutes == 0 ? null : TimeSpan.FromMinutes(form.FullCloseMinutes));
        channel.ChangeContactForm(new ContactFormSettings(form.ContactFormMode, form.ContactName, form.ContactEmail, form.ContactPhone));
        channel.UseQuickReplyList(form.QuickReplyListId == 0 ? null : form.QuickReplyListId);
        await db.SaveChangesAsync();
        return Result.Ok;
    });
}
