using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Outbound;

namespace OpenChannels.Web.Data.Configurations;

public sealed class ChannelWebhookConfiguration : IEntityTypeConfiguration<ChannelWebhook>
{
    public void Configure(EntityTypeBuilder<ChannelWebhook> builder)
    {
        builder.Property(w => w.Name).HasMaxLength(ChannelWebhook.NameMaxLength);
        builder.Property(w => w.Url).HasMaxLength(WebhookAddress.MaxLength);
        builder.Property(w => w.Events).HasConversion<int>();
        builder.Property(w => w.LastError).HasMaxLength(500);
        builder.HasOne<OpenChannel>().WithMany().HasForeignKey(w => w.OpenChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}
