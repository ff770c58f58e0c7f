using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data.ReadModels;

namespace OpenChannels.Web.Data.Configurations;

public sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        // MessageSearch's triggers keep the full-text index and the conversations' message counts; EF must know of them.
        builder.ToTable(table =>
        {
            table.HasTrigger(MessageSearch.InsertTrigger);
            table.HasTrigger(MessageSearch.UpdateTrigger);
            table.HasTrigger(MessageSearch.DeleteTrigger);
        });
        builder.Property(m => m.Text).HasMaxLength(Message.TextMaxLength);
        builder.Property(m => m.ClientMessageId).HasMaxLength(Message.ClientMessageIdMaxLength);
        builder.Ignore(m => m.IsDeleted);
        builder.Ignore(m => m.IsVisibleToClient);
        builder.Ignore(m => m.Preview);

        // A retried or doubled send from the same client is stored once.
        builder.HasIndex(m => new { m.ClientId, m.ClientMessageId }).IsUnique().HasFilter("\"ClientMessageId\" IS NOT NULL");
        builder.HasIndex(m => new { m.ConversationId, m.Id });

        // A bot's retried reply is stored once: its own message id, per bot.
        // No foreign key (a rebuild of this table would drop its search triggers): a deleted bot's words keep its id and
        // show as the chatbot's, without its name.
        builder.HasIndex(m => new { m.BotId, m.ClientMessageId }).IsUnique().HasFilter("\"BotId\" IS NOT NULL AND \"ClientMessageId\" IS NOT NULL");

        // The access rights' "took part in it" (decision 0013): the conversations someone answered in, found without a scan.
        builder.HasIndex(m => new { m.AuthorEmployeeId, m.ConversationId }).HasFilter("\"AuthorEmployeeId\" IS NOT NULL AND \"Kind\" = 2");
        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Client>().WithMany().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Cascade);

        builder.OwnsOne(m => m.Attachment, attachment =>
        {
            attachment.Property(a => a.StoredName).HasMaxLength(100);
            attachment.Property(a => a.OriginalName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.Ignore(a => a.IsImage);
        });
        builder.OwnsMany(m => m.Revisions, revision =>
        {
            revision.ToTable("MessageRevisions");
            revision.WithOwner().HasForeignKey("MessageId");
            revision.Property<int>("Id");
            revision.HasKey("Id");
            revision.Property(r => r.PreviousText).HasMaxLength(Message.TextMaxLength);
        });
        builder.Navigation(m => m.Revisions).HasField("_revisions");
    }
}
