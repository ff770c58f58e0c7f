using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Consent;
using OpenChannels.Domain.Departments;
using OpenChannels.Domain.Employees;

namespace OpenChannels.Web.Data.Configurations;

public sealed class OpenChannelConfiguration : IEntityTypeConfiguration<OpenChannel>
{
    public void Configure(EntityTypeBuilder<OpenChannel> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(OpenChannel.NameMaxLength);
        builder.Ignore(c => c.Consent);

        // The grouped settings keep the columns they had before they were grouped (no table rebuild, no data moved).
        builder.ComplexProperty(c => c.Hours, hours =>
        {
            hours.Ignore(h => h.Schedule);
            hours.Property(h => h.TimeZoneId).HasColumnName("HoursTimeZone").HasMaxLength(100);
            hours.Property(h => h.Opens).HasColumnName("HoursOpens");
            hours.Property(h => h.Closes).HasColumnName("HoursCloses");
            hours.Property(h => h.DaysOff).HasColumnName("HoursDaysOff");
            hours.Property(h => h.Holidays).HasColumnName("HoursHolidays").HasMaxLength(1000);
            hours.ComplexProperty(h => h.OutOfHours, reply => Reply(reply, "OutOfHoursReply", "OutOfHoursText"));
            hours.Property(h => h.WidgetOnlyDuringHours).HasColumnName("ShowWidgetOnlyDuringHours");
        });
        builder.ComplexProperty(c => c.NoAgent, reply => Reply(reply, "NoAgentReply", "NoAgentText"));
        builder.ComplexProperty(c => c.Replies, replies =>
        {
            replies.Property(r => r.Greeting).HasColumnName("Greeting");
            replies.Property(r => r.GreetingText).HasColumnName("GreetingText").HasMaxLength(AutomaticReply.TextMaxLength);
            replies.ComplexProperty(r => r.Closing, reply => Reply(reply, "ClosingReply", "ClosingText"));
            replies.Property(r => r.ClientTimeout).HasColumnName("ClientTimeout");
            replies.ComplexProperty(r => r.Timeout, reply => Reply(reply, "TimeoutReply", "TimeoutText"));
        });
        builder.ComplexProperty(c => c.Kpi, kpi =>
        {
            kpi.Property(k => k.InitialTarget).HasColumnName("KpiInitialTarget");
            kpi.Property(k => k.SubsequentTarget).HasColumnName("KpiSubsequentTarget");
            kpi.Property(k => k.WorkingHoursOnly).HasColumnName("KpiWorkingHoursOnly");
            kpi.Property(k => k.Notify).HasColumnName("KpiNotify");
            kpi.Property(k => k.NotifyHolder).HasColumnName("KpiNotifyHolder");
            kpi.Property(k => k.Text).HasColumnName("KpiText").HasMaxLength(AutomaticReply.TextMaxLength);

            // A few employee ids, read with the channel: one JSON column.
            kpi.Property(k => k.NotifyEmployeeIds).HasColumnName("KpiNotifyEmployeeIds").HasConversion(
                new ValueConverter<IReadOnlyList<int>, string>(
                    ids => JsonSerializer.Serialize(ids, (JsonSerializerOptions?)null),
                    json => JsonSerializer.Deserialize<List<int>>(json, (JsonSerializerOptions?)null) ?? new List<int>()),
                new ValueComparer<IReadOnlyList<int>>(
                    (a, b) => a!.SequenceEqual(b!),
                    ids => ids.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)),
                    ids => ids.ToList()));
        });
        builder.ComplexProperty(c => c.Rating, rating =>
        {
            rating.Property(r => r.AskClient).HasColumnName("RatingAskClient");
            rating.Property(r => r.AllowDuringConversation).HasColumnName("RatingDuringConversation");
            rating.Property(r => r.CloseOnRating).HasColumnName("RatingClosesConversation");
            rating.Property(r => r.TimeLimit).HasColumnName("RatingTimeLimit");
            rating.Property(r => r.LiveChatText).HasColumnName("RatingLiveChatText").HasMaxLength(AutomaticReply.TextMaxLength);
            rating.Property(r => r.OtherChannelsText).HasColumnName("RatingOtherChannelsText").HasMaxLength(AutomaticReply.TextMaxLength);
        });
        builder.ComplexProperty(c => c.Chatbot, bot =>
        {
            bot.Property(b => b.Enabled).HasColumnName("ChatbotEnabled");
            bot.Property(b => b.BotId).HasColumnName("ChatbotBotId");
            bot.Property(b => b.Activation).HasColumnName("ChatbotActivation");
            bot.Property(b => b.HandOverAfter).HasColumnName("ChatbotHandOverAfter");
            bot.Property(b => b.Disconnect).HasColumnName("ChatbotDisconnect");
        });
        builder.ComplexProperty(c => c.Unanswered, unanswered =>
        {
            unanswered.Property(u => u.After).HasColumnName("UnansweredAfter");
            unanswered.Property(u => u.Action).HasColumnName("UnansweredAction");
            unanswered.Property(u => u.Text).HasColumnName("UnansweredText").HasMaxLength(AutomaticReply.TextMaxLength);
            unanswered.Property(u => u.FullCloseDelay).HasColumnName("FullCloseDelay");
        });
        // The queue travels with its channel as one JSON column: routing and every client message read the channel, and
        // hundreds of joined rows cost more to materialise than one array (docs/decisions/0007). Departments leave
        // queues when deleted (DepartmentService); employees are dismissed, never deleted.
        builder.OwnsMany(c => c.Queue, member => member.ToJson("Queue"));
        builder.Navigation(c => c.Queue).HasField("_queue");
        builder.HasOne<Agreement>().WithMany().HasForeignKey(c => c.ConsentAgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<QuickReplyList>().WithMany().HasForeignKey(c => c.QuickReplyListId).OnDelete(DeleteBehavior.SetNull);
        builder.ComplexProperty(c => c.ContactForm, form =>
        {
            form.Property(f => f.Mode).HasColumnName("ContactFormMode");
            form.Property(f => f.Name).HasColumnName("ContactFormName");
            form.Property(f => f.Email).HasColumnName("ContactFormEmail");
            form.Property(f => f.Phone).HasColumnName("ContactFormPhone");
            form.Property(f => f.AcceptorBecomesResponsible).HasColumnName("ContactFormAcceptorResponsible");
        });
        builder.ComplexProperty(c => c.Crm, crm =>
        {
            crm.Property(s => s.RecogniseClients).HasColumnName("CrmRecognise");
            crm.Property(s => s.WhenNotRecognised).HasColumnName("CrmWhenNotRecognised");
            crm.Property(s => s.FixedSource).HasColumnName("CrmFixedSource");
            crm.Property(s => s.RouteToResponsible).HasColumnName("CrmRouteToResponsible");
            crm.Property(s => s.TransfereeBecomesResponsible).HasColumnName("CrmTransfereeResponsible");
        });
        builder.ComplexProperty(c => c.QueueSettings, settings =>
        {
            settings.Property(q => q.Mode).HasColumnName("QueueMode");
            settings.Property(q => q.IdleTime).HasColumnName("QueueIdleTime");
            settings.Property(q => q.CheckAvailability).HasColumnName("QueueCheckAvailability");
            settings.Property(q => q.AlwaysMonitorAvailability).HasColumnName("QueueAlwaysMonitor");
            settings.Property(q => q.SimultaneousLimit).HasColumnName("QueueLimit");
            settings.Property(q => q.ExcludedFromLimit).HasColumnName("QueueExcludedFromLimit");
        });
    }

    private static void Reply(ComplexPropertyBuilder<AutomaticReply> reply, string enabledColumn, string textColumn)
    {
        reply.Property(r => r.Enabled).HasColumnName(enabledColumn);
        reply.Property(r => r.Text).HasColumnName(textColumn).HasMaxLength(AutomaticReply.TextMaxLength);
    }
}
