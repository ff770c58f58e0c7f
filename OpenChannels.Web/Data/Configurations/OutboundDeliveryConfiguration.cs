using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Outbound;

namespace OpenChannels.Web.Data.Configurations;

public sealed class OutboundDeliveryConfiguration : IEntityTypeConfiguration<OutboundDelivery>
{
    public void Configure(EntityTypeBuilder<OutboundDelivery> builder)
    {
        builder.Property(d => d.Target).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.EventId).HasMaxLength(40);
        builder.Property(d => d.EventType).HasMaxLength(40);
        builder.Property(d => d.LastError).HasMaxLength(OutboundDelivery.ErrorMaxLength);
        builder.Ignore(d => d.IsPending);

        // The sender reads the few pending events by their time; a target's events of one conversation go out in order;
        // the delivery log reads a target's latest events.
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("\"NextAttemptAt\" IS NOT NULL");
        builder.HasIndex(d => new { d.Target, d.TargetId, d.ConversationId, d.Id });
        builder.HasIndex(d => d.EventId).IsUnique();
        builder.HasOne<Conversation>().WithMany().HasForeignKey(d => d.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
