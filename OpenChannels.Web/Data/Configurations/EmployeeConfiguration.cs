using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Departments;
using OpenChannels.Domain.Employees;

namespace OpenChannels.Web.Data.Configurations;

public sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.Property(e => e.FirstName).HasMaxLength(Employee.NameMaxLength);
        builder.Property(e => e.LastName).HasMaxLength(Employee.NameMaxLength);
        builder.Property(e => e.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.HasIndex(e => e.Email).IsUnique();
        builder.Property(e => e.Position).HasMaxLength(Employee.PositionMaxLength);
        builder.Property(e => e.PhotoFile).HasMaxLength(100);
        builder.Ignore(e => e.FullName);
        builder.Ignore(e => e.IsDismissed);
        builder.HasOne<Department>().WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(e => e.Vacations, vacation =>
        {
            vacation.ToTable("VacationPeriods");
            vacation.WithOwner().HasForeignKey("EmployeeId");
            vacation.HasKey(v => v.Id);
        });
        builder.Navigation(e => e.Vacations).HasField("_vacations");
    }
}
