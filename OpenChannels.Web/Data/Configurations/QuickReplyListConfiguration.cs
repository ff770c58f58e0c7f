using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Data.Configurations;

public sealed class QuickReplyListConfiguration : IEntityTypeConfiguration<QuickReplyList>
{
    public void Configure(EntityTypeBuilder<QuickReplyList> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(QuickReplyList.NameMaxLength).UseCollation("NOCASE");
        builder.HasIndex(l => l.Name).IsUnique();
    }
}
