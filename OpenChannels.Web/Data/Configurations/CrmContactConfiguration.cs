using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Data.Configurations;

public sealed class CrmContactConfiguration : IEntityTypeConfiguration<CrmContact>
{
    public void Configure(EntityTypeBuilder<CrmContact> builder)
    {
        builder.ToTable("CrmContacts");
        builder.Property(c => c.Name).HasMaxLength(CrmContact.NameMaxLength);
        builder.Property(c => c.Notes).HasMaxLength(CrmContact.NotesMaxLength);
        builder.HasIndex(c => c.ResponsibleId);
        builder.HasIndex(c => c.CompanyId);
        builder.Ignore(c => c.Emails);
        builder.Ignore(c => c.Phones);

        // Each e-mail and phone is a row: Q-8 finds the contact by it through the unique index, which also keeps a value
        // from belonging to two contacts, even when two requests save it at once.
        builder.OwnsMany(c => c.Points, point =>
        {
            point.ToTable("CrmContactPoints");
            point.WithOwner().HasForeignKey("ContactId");
            point.Property<int>("Id");
            point.HasKey("Id");
            point.Property(p => p.Value).HasMaxLength(EmailAddress.MaxLength);
            point.HasIndex(p => new { p.Kind, p.Value }).IsUnique();
        });
        builder.Navigation(c => c.Points).HasField("_points");
    }
}
