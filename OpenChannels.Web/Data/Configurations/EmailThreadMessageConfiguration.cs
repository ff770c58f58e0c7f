using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Data.Configurations;

public sealed class EmailThreadMessageConfiguration : IEntityTypeConfiguration<EmailThreadMessage>
{
    public void Configure(EntityTypeBuilder<EmailThreadMessage> builder)
    {
        builder.Property(m => m.MessageId).HasMaxLength(EmailThreadMessage.MessageIdMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(EmailThreadMessage.SubjectMaxLength);
        builder.Property(m => m.References).HasMaxLength(EmailThreadMessage.ReferencesMaxLength);

        // A mail is recorded once per connector; the answer reads the conversation's latest mail.
        builder.HasIndex(m => new { m.ConnectorId, m.MessageId }).IsUnique();
        builder.HasIndex(m => new { m.ConversationId, m.Id });
        builder.HasOne<Connector>().WithMany().HasForeignKey(m => m.ConnectorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
