using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Data.Configurations;

public sealed class DealStageConfiguration : IEntityTypeConfiguration<DealStage>
{
    public void Configure(EntityTypeBuilder<DealStage> builder)
    {
        builder.ToTable("CrmDealStages");
        builder.Property(s => s.Name).HasMaxLength(DealStage.NameMaxLength);

        // The pipeline a new installation starts with; administrators change it on the CRM page.
        builder.HasData(
            new { Id = 1, Name = "New", Position = 0, Outcome = StageOutcome.Open },
            new { Id = 2, Name = "Qualified", Position = 1, Outcome = StageOutcome.Open },
            new { Id = 3, Name = "Proposal", Position = 2, Outcome = StageOutcome.Open },
            new { Id = 4, Name = "Won", Position = 100, Outcome = StageOutcome.Won },
            new { Id = 5, Name = "Lost", Position = 101, Outcome = StageOutcome.Lost });
    }
}
