using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Access;

namespace OpenChannels.Web.Data.Configurations;

public sealed class EmployeeGroupConfiguration : IEntityTypeConfiguration<EmployeeGroup>
{
    public void Configure(EntityTypeBuilder<EmployeeGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(EmployeeGroup.NameMaxLength);
        builder.HasIndex(g => g.Name).IsUnique();
        builder.Ignore(g => g.MemberIds);

        // The members as a JSON list of employee ids (a primitive collection): a group is read whole.
        builder.Property<List<int>>("_memberIds").HasColumnName("MemberIds");
    }
}
