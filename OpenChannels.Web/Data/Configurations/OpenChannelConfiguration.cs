using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Data.Configurations;

public sealed class OpenChannelConfiguration : IEntityTypeConfiguration<OpenChannel>
{
    public void Configure(EntityTypeBuilder<OpenChannel> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(OpenChannel.NameMaxLength);
    }
}
