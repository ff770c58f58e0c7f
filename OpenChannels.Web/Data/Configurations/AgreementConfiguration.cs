using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Consent;

namespace OpenChannels.Web.Data.Configurations;

public sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Agreement.TitleMaxLength);
        builder.Property(a => a.Text).HasMaxLength(Agreement.TextMaxLength);
        builder.Ignore(a => a.Terms);
    }
}
