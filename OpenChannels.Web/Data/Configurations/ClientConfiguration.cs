using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Data.Configurations;

public sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.TokenHash).HasMaxLength(64);
        builder.HasIndex(c => c.TokenHash).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(Client.NameMaxLength);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.ExternalId).HasMaxLength(Client.ExternalIdMaxLength);
        builder.Property(c => c.Handle).HasMaxLength(Client.NameMaxLength);

        // CH-1: one client per person and connector, so a redelivered update or mail finds the same one.
        builder.HasIndex(c => new { c.ConnectorId, c.ExternalId }).IsUnique().HasFilter("\"ExternalId\" IS NOT NULL");
        builder.HasIndex(c => c.CrmContactId).HasFilter("\"CrmContactId\" IS NOT NULL");
        builder.HasOne<Connector>().WithMany().HasForeignKey(c => c.ConnectorId).OnDelete(DeleteBehavior.Cascade);
    }
}
