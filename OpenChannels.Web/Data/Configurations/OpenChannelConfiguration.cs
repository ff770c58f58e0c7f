using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
        builder.Ignore(c => c.Schedule);
        builder.Property(c => c.HoursTimeZone).HasMaxLength(100);
        builder.Property(c => c.HoursHolidays).HasMaxLength(1000);
        builder.Property(c => c.OutOfHoursText).HasMaxLength(OpenChannel.AutomaticTextMaxLength);
        builder.Property(c => c.NoAgentText).HasMaxLength(OpenChannel.AutomaticTextMaxLength);
        builder.Property(c => c.GreetingText).HasMaxLength(OpenChannel.AutomaticTextMaxLength);
        builder.Property(c => c.ClosingText).HasMaxLength(OpenChannel.AutomaticTextMaxLength);
        builder.Property(c => c.TimeoutText).HasMaxLength(OpenChannel.AutomaticTextMaxLength);
        builder.Property(c => c.UnansweredText).HasMaxLength(OpenChannel.AutomaticTextMaxLength);
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
}
