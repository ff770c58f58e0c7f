using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Departments;
using OpenChannels.Domain.Employees;

namespace OpenChannels.Web.Data.Configurations;

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(Department.NameMaxLength);
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(d => d.HeadEmployeeId).OnDelete(DeleteBehavior.SetNull);
    }
}
