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
            Greeting = channel.Replies.Greeting,
            GreetingText = channel.Replies.GreetingText,
            ClosingReply = channel.Replies.Closing.Enabled,
            ClosingText = channel.Replies.Closing.Text,
            TimeoutEnabled = channel.Replies.ClientTimeout is not null,
            TimeoutMinutes = (int)(channel.Replies.ClientTimeout?.TotalMinutes ?? 60),
            TimeoutReply = channel.Replies.Timeout.Enabled,
            TimeoutText = channel.Replies.Timeout.Text,
            UnansweredEnabled = channel.Unanswered.After is not null,
            UnansweredMinutes = (int)(channel.Unanswered.After?.TotalMinutes ?? 10),
            UnansweredAction = channel.Unanswered.Action,
            UnansweredText = channel.Unanswered.Text,
            FullCloseMinutes = (int)(channel.Unanswered.FullCloseDelay?.TotalMinutes ?? 0),
            ContactFormMode = channel.ContactForm.Mode,
            ContactName = channel.ContactForm.Name,
            ContactEmail = channel.ContactForm.Email,
            ContactPhone = channel.ContactForm.Phone,
            ContactFormAcceptorResponsible = channel.ContactForm.AcceptorBecomesResponsible,
            QuickReplyListId = channel.QuickReplyListId ?? 0,
            LiveTyping = channel.LiveTyping,
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

        if (form.TimeoutEnabled && AutomaticActionsForm.CheckTimeoutMinutes(form.TimeoutMinutes) is not null)
        {
            var range = AutomaticReplies.ClientTimeoutRange;
            return new InvalidInput("Timeout", "Enter between {0} ({1} minutes).", range.Described, range.MaxMinutes);
        }

        if (form.QuickReplyListId != 0 && !await db.QuickReplyLists.AnyAsync(l => l.Id == form.QuickReplyListId))
        {
            return new InvalidInput("QuickReplyList", "That quick-reply list no longer exists. Choose another one.");
        }

        channel.ChangeAutomaticReplies(form.ToReplies());
        channel.ChangeUnansweredPolicy(form.ToUnansweredPolicy());
        channel.ChangeContactForm(new ContactFormSettings(form.ContactFormMode, form.ContactName, form.ContactEmail, form.ContactPhone, form.ContactFormAcceptorResponsible));
        channel.UseQuickReplyList(form.QuickReplyListId == 0 ? null : form.QuickReplyListId);
        channel.ChangeLiveTyping(form.LiveTyping);
        await db.SaveChangesAsync();
        return Result.Ok;
    });
}
