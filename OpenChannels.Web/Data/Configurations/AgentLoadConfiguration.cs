using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Web.Data.ReadModels;

namespace OpenChannels.Web.Data.Configurations;

public sealed class AgentLoadConfiguration : IEntityTypeConfiguration<AgentLoad>
{
    public void Configure(EntityTypeBuilder<AgentLoad> builder)
    {
        builder.ToTable("AgentLoads");
        builder.HasKey(l => new { l.EmployeeId, l.OpenChannelId, l.Status, l.Answered });
    }
}
