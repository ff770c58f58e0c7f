using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Data.Configurations;

public sealed class CrmLeadConfiguration : IEntityTypeConfiguration<CrmLead>
{
    public void Configure(EntityTypeBuilder<CrmLead> builder)
    {
        builder.ToTable("CrmLeads");
        builder.Property(l => l.Title).HasMaxLength(CrmLead.TitleMaxLength);
        builder.Ignore(l => l.IsOpen);
        builder.HasOne<CrmContact>().WithMany().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.ContactId, l.Status });
        builder.HasIndex(l => l.ResponsibleId);
        builder.HasIndex(l => l.CreatedFromConversationId).HasFilter("\"CreatedFromConversationId\" IS NOT NULL");
    }
}
