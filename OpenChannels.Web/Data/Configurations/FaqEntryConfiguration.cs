using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Bots;

namespace OpenChannels.Web.Data.Configurations;

public sealed class FaqEntryConfiguration : IEntityTypeConfiguration<FaqEntry>
{
    public void Configure(EntityTypeBuilder<FaqEntry> builder)
    {
        builder.Property(e => e.Phrasings).HasMaxLength(FaqEntry.PhrasingsMaxLength);
        builder.Property(e => e.Answer).HasMaxLength(FaqEntry.AnswerMaxLength);
        builder.Ignore(e => e.PhrasingLines);
        builder.HasIndex(e => e.BotId);
        builder.HasOne<Bot>().WithMany().HasForeignKey(e => e.BotId).OnDelete(DeleteBehavior.Cascade);
    }
}
