using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Employees;

namespace OpenChannels.Web.Data.Configurations;

public sealed class OpenChannelConfiguration : IEntityTypeConfiguration<OpenChannel>
{
    public void Configure(EntityTypeBuilder<OpenChannel> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(OpenChannel.NameMaxLength);
        builder.OwnsMany(c => c.Queue, member =>
        {
            member.ToTable("QueueMembers");
            member.WithOwner().HasForeignKey("OpenChannelId");
            member.HasKey("OpenChannelId", nameof(QueueMember.EmployeeId));
            member.Property(m => m.EmployeeId).ValueGeneratedNever();
            member.HasOne<Employee>().WithMany().HasForeignKey(m => m.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Navigation(c => c.Queue).HasField("_queue");
    }
}
