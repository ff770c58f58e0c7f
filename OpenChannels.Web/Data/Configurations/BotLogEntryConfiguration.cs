using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Bots;

namespace OpenChannels.Web.Data.Configurations;

public sealed class BotLogEntryConfiguration : IEntityTypeConfiguration<BotLogEntry>
{
    public void Configure(EntityTypeBuilder<BotLogEntry> builder)
    {
        builder.ToTable("BotLog");
        builder.Property(e => e.Text).HasMaxLength(BotLogEntry.TextMaxLength);
        builder.HasIndex(e => new { e.BotId, e.Id });
        builder.HasOne<Bot>().WithMany().HasForeignKey(e => e.BotId).OnDelete(DeleteBehavior.Cascade);
    }
}
