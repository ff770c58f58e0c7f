using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Data.Configurations;

public sealed class CrmCompanyConfiguration : IEntityTypeConfiguration<CrmCompany>
{
    public void Configure(EntityTypeBuilder<CrmCompany> builder)
    {
        builder.ToTable("CrmCompanies");
        builder.Property(c => c.Name).HasMaxLength(CrmCompany.NameMaxLength);
        builder.Property(c => c.Website).HasMaxLength(CrmCompany.WebsiteMaxLength);
        builder.Property(c => c.Notes).HasMaxLength(CrmContact.NotesMaxLength);
        builder.HasIndex(c => c.ResponsibleId);
    }
}
