using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Employees;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Data.Configurations;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.HasIndex(u => u.EmployeeId).IsUnique();
        builder.HasOne<Employee>().WithOne().HasForeignKey<AppUser>(u => u.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(u => u.TimeZone).HasMaxLength(100);
        builder.Property(u => u.Language).HasMaxLength(10);
        builder.Property(u => u.ConversationListColumns).HasMaxLength(500);
    }
}
