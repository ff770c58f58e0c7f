using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Data.Configurations;

public sealed class SignInTicketConfiguration : IEntityTypeConfiguration<SignInTicket>
{
    public void Configure(EntityTypeBuilder<SignInTicket> builder)
    {
        builder.HasKey(t => t.TokenHash);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.BrowserHash).HasMaxLength(64);
        builder.HasIndex(t => t.ExpiresAt);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
