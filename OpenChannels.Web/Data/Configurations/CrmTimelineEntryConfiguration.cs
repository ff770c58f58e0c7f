using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Data.Configurations;

public sealed class CrmTimelineEntryConfiguration : IEntityTypeConfiguration<CrmTimelineEntry>
{
    public void Configure(EntityTypeBuilder<CrmTimelineEntry> builder)
    {
        builder.ToTable("CrmTimeline");
        builder.Property(e => e.Text).HasMaxLength(CrmTimelineEntry.TextMaxLength);
        builder.HasIndex(e => new { e.ItemKind, e.ItemId, e.At });
    }
}
