using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Employees;
using OpenChannels.Domain.Notifications;

namespace OpenChannels.Web.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength);
        builder.Ignore(n => n.IsRead);

        // The bell reads an employee's newest ones, and counts the unread ones, by key.
        builder.HasIndex(n => new { n.EmployeeId, n.Id });
        builder.HasIndex(n => n.EmployeeId).HasFilter("\"ReadAt\" IS NULL").HasDatabaseName("IX_Notifications_Unread");
        builder.HasOne<Employee>().WithMany().HasForeignKey(n => n.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(n => n.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OpenChannels.Domain.Statistics.ListExport>().WithMany().HasForeignKey(n => n.ExportId).OnDelete(DeleteBehavior.Cascade);
    }
}
