using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Access;

namespace OpenChannels.Web.Data.Configurations;

public sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TwoFactorRequirement).HasConversion<string>().HasMaxLength(20);

        // The one row exists from the start, so reading it never has to create it.
        builder.HasData(new SiteSettings());
    }
}
