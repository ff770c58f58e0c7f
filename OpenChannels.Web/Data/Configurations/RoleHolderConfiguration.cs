using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Access;

namespace OpenChannels.Web.Data.Configurations;

public sealed class RoleHolderConfiguration : IEntityTypeConfiguration<RoleHolder>
{
    public void Configure(EntityTypeBuilder<RoleHolder> builder)
    {
        builder.ToTable("AccessRoleHolders");
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(20);

        // A role is given to a holder once; a deleted role takes its holders with it.
        builder.HasIndex(h => new { h.RoleId, h.Kind, h.HolderId }).IsUnique();
        builder.HasIndex(h => new { h.Kind, h.HolderId });
        builder.HasOne<Role>().WithMany().HasForeignKey(h => h.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}
