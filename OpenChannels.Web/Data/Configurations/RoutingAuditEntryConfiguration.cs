using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;

namespace OpenChannels.Web.Data.Configurations;

public sealed class RoutingAuditEntryConfiguration : IEntityTypeConfiguration<RoutingAuditEntry>
{
    public void Configure(EntityTypeBuilder<RoutingAuditEntry> builder)
    {
        builder.HasIndex(r => new { r.ConversationId, r.Id });
        builder.Property(r => r.Candidates).HasMaxLength(64_000);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(r => r.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
