using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Data.Configurations;

public sealed class CrmDealConfiguration : IEntityTypeConfiguration<CrmDeal>
{
    public void Configure(EntityTypeBuilder<CrmDeal> builder)
    {
        builder.ToTable("CrmDeals");
        builder.Property(d => d.Title).HasMaxLength(CrmDeal.TitleMaxLength);
        builder.Property(d => d.Currency).HasMaxLength(3);

        // SQLite has no decimal: stored as text so that amounts keep their cents exactly.
        builder.Property(d => d.Amount).HasConversion<string>();
        builder.Ignore(d => d.IsOpen);
        builder.HasOne<DealStage>().WithMany().HasForeignKey(d => d.StageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ContactId, d.ClosedAt });
        builder.HasIndex(d => d.CompanyId);
        builder.HasIndex(d => d.ResponsibleId);
        builder.HasIndex(d => d.CreatedFromConversationId).HasFilter("\"CreatedFromConversationId\" IS NOT NULL");
    }
}
