using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Employees;
using OpenChannels.Domain.Statistics;

namespace OpenChannels.Web.Data.Configurations;

public sealed class ListExportConfiguration : IEntityTypeConfiguration<ListExport>
{
    public void Configure(EntityTypeBuilder<ListExport> builder)
    {
        builder.Property(e => e.Query).HasMaxLength(ListExport.QueryMaxLength);
        builder.Property(e => e.Error).HasMaxLength(ListExport.ErrorMaxLength);

        // The sweep looks for the few exports that are not finished.
        builder.HasIndex(e => e.Status).HasFilter("\"Status\" IN (1, 2)");
        builder.HasOne<Employee>().WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}
