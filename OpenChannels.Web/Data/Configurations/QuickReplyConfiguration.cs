using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Data.Configurations;

public sealed class QuickReplyConfiguration : IEntityTypeConfiguration<QuickReply>
{
    public void Configure(EntityTypeBuilder<QuickReply> builder)
    {
        builder.Property(q => q.Title).HasMaxLength(QuickReply.TitleMaxLength);
        builder.Property(q => q.Text).HasMaxLength(QuickReply.TextMaxLength);
        builder.HasOne<QuickReplyList>().WithMany().HasForeignKey(q => q.ListId).OnDelete(DeleteBehavior.Cascade);
    }
}
