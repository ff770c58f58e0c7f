using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Data.Configurations;

public sealed class ConnectorConfiguration : IEntityTypeConfiguration<Connector>
{
    public void Configure(EntityTypeBuilder<Connector> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Connector.NameMaxLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.PublicKey).HasMaxLength(64);
        builder.HasIndex(c => c.PublicKey).IsUnique();
        builder.Property(c => c.WidgetTitle).HasMaxLength(Connector.NameMaxLength);
        builder.Property(c => c.WidgetColor).HasMaxLength(7);
        builder.Property(c => c.AllowedOrigins).HasMaxLength(8000);
        builder.Property(c => c.IsEnabled).HasDefaultValue(true).HasSentinel(true);
        builder.Property(c => c.PausedReply).HasMaxLength(AutomaticReply.TextMaxLength);
        builder.Property(c => c.TokenHash).HasMaxLength(64);
        builder.HasIndex(c => c.TokenHash).IsUnique().HasFilter("\"TokenHash\" IS NOT NULL");
        builder.Property(c => c.WebhookUrl).HasMaxLength(Domain.Common.WebhookAddress.MaxLength);
        builder.Property(c => c.Settings).HasMaxLength(4000);
        builder.Property(c => c.LastError).HasMaxLength(500);

        // CH-1: one foreign key column, so a connector can never belong to two open channels.
        // O-6: deleting the channel detaches its connectors instead of destroying them.
        builder.HasOne<OpenChannel>().WithMany().HasForeignKey(c => c.OpenChannelId).OnDelete(DeleteBehavior.SetNull);
    }
}
