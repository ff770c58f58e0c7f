using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Data.Configurations;

public sealed class BotDeliveryConfiguration : IEntityTypeConfiguration<BotDelivery>
{
    public void Configure(EntityTypeBuilder<BotDelivery> builder)
    {
        builder.Property(d => d.EventType).HasMaxLength(40);
        builder.Property(d => d.LastError).HasMaxLength(BotDelivery.ErrorMaxLength);
        builder.Ignore(d => d.IsPending);

        // The dispatcher reads the few pending events by their time; a conversation's events go out in order.
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("\"NextAttemptAt\" IS NOT NULL");
        builder.HasIndex(d => new { d.ConversationId, d.Id });
        builder.HasOne<Bot>().WithMany().HasForeignKey(d => d.BotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(d => d.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
