using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Employees;
using OpenChannels.Domain.Routing;

namespace OpenChannels.Web.Data.Configurations;

public sealed class AgentStatusConfiguration : IEntityTypeConfiguration<AgentStatus>
{
    public void Configure(EntityTypeBuilder<AgentStatus> builder)
    {
        builder.HasKey(a => a.EmployeeId);
        builder.Property(a => a.EmployeeId).ValueGeneratedNever();
        builder.HasOne<Employee>().WithOne().HasForeignKey<AgentStatus>(a => a.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}
