using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Consent;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Data.Configurations;

public sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(Agreement.TitleMaxLength);
        builder.Property(r => r.Text).HasMaxLength(Agreement.TextMaxLength);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Cascade);

        // One acceptance per client and version: a repeated or doubled "Accept" is stored once.
        builder.HasIndex(r => new { r.ClientId, r.AgreementId, r.AgreementVersion }).IsUnique();
    }
}
