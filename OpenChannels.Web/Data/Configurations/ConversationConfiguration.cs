using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Employees;

using OpenChannels.Web.Data.ReadModels;

namespace OpenChannels.Web.Data.Configurations;

public sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        // Q-6's counts are kept by triggers (AgentLoadTriggers); EF must know, so it does not rely on RETURNING alone.
        builder.ToTable(table =>
        {
            table.HasTrigger(AgentLoadTriggers.Insert);
            table.HasTrigger(AgentLoadTriggers.Update);
            table.HasTrigger(AgentLoadTriggers.Delete);
        });
        builder.Property(c => c.Title).HasMaxLength(Conversation.TitleMaxLength);
        builder.Property(c => c.LastMessagePreview).HasMaxLength(Conversation.PreviewLength);
        builder.ComplexProperty(c => c.Responses, responses =>
        {
            responses.Property(r => r.WaitingSince).HasColumnName("ResponseWaitingSince");
            responses.Property(r => r.InitialSeconds).HasColumnName("InitialResponseSeconds");
            responses.Property(r => r.Count).HasColumnName("ResponseCount");
            responses.Property(r => r.TotalSeconds).HasColumnName("TotalResponseSeconds");
            responses.Property(r => r.MaxSeconds).HasColumnName("MaxResponseSeconds");
            responses.Property(r => r.DueAt).HasColumnName("ResponseDueAt");
            responses.Property(r => r.LateSince).HasColumnName("ResponseLateSince");
            responses.Property(r => r.LateCount).HasColumnName("LateResponseCount");
        });

        // A client has at most one open conversation per connector (and thread, for e-mail): the database refuses a second
        // one, whatever two requests or two instances race to create. The thread is never null, so the rule holds for it.
        builder.Property(c => c.Thread).HasMaxLength(Conversation.ThreadMaxLength);
        builder.HasIndex(c => new { c.ClientId, c.ConnectorId, c.Thread }).IsUnique().HasFilter("\"IsOpen\" = 1");
        builder.HasIndex(c => new { c.OpenChannelId, c.IsOpen, c.Status });

        // A client's conversations: their history (M-3), and the last one in a channel for its lock (M-5) — newest
        // first straight from the index, whose rows end with the id.
        builder.HasIndex(c => new { c.ClientId, c.OpenChannelId, c.IsOpen });
        // Covers the routing load count: agent, status and "answered once" without touching the rows.
        builder.HasIndex(c => new { c.IsOpen, c.AssignedEmployeeId, c.Status, c.FirstResponseAt });
        builder.HasIndex(c => c.IdleTransferDueAt).HasFilter("\"IdleTransferDueAt\" IS NOT NULL");
        builder.HasIndex(c => new { c.IsOpen, c.LastMessageAt });
        builder.HasIndex(c => c.ClientTimeoutDueAt).HasFilter("\"ClientTimeoutDueAt\" IS NOT NULL");
        builder.HasIndex(c => c.UnansweredDueAt).HasFilter("\"UnansweredDueAt\" IS NOT NULL");
        builder.HasIndex(c => c.FullyClosesAt).HasFilter("\"FullyClosesAt\" IS NOT NULL");
        builder.HasIndex(c => c.RatingDueAt).HasFilter("\"RatingDueAt\" IS NOT NULL");
        builder.HasIndex(c => c.BotHandOverDueAt).HasFilter("\"BotHandOverDueAt\" IS NOT NULL");

        // No foreign key to the bot: adding one would make SQLite rebuild this table and drop its triggers. Deleting a bot
        // hands its conversations over and clears the column first (BotService.DeleteAsync).
        builder.HasIndex(c => c.BotId).HasFilter("\"BotId\" IS NOT NULL");

        // The conversation list (issue 17): newest first and the period filter from one index; the message count is kept by
        // MessageSearch's triggers, so the domain never writes it and EF never overwrites it.
        builder.HasIndex(c => c.CreatedAt);

        // CRM-1: each card lists its conversations.
        builder.HasIndex(c => c.CrmContactId).HasFilter("\"CrmContactId\" IS NOT NULL");
        builder.HasIndex(c => c.CrmLeadId).HasFilter("\"CrmLeadId\" IS NOT NULL");
        builder.HasIndex(c => c.CrmDealId).HasFilter("\"CrmDealId\" IS NOT NULL");
        builder.Property<int>(MessageSearch.CountColumn).HasDefaultValue(0).ValueGeneratedOnAdd();

        // the client's rating and the supervisor's, each with its comment. Who rated last is an employee id without a
        // foreign key, as who closed it: employees are dismissed, never deleted, and a new key would rebuild the table.
        builder.Property(c => c.ClientRatingComment).HasMaxLength(Conversation.RatingCommentMaxLength);
        builder.Property(c => c.SupervisorComment).HasMaxLength(Conversation.RatingCommentMaxLength);
        builder.Ignore(c => c.IsAccepted);

        // O-6: deleting a channel deletes its conversations.
        builder.HasOne<OpenChannel>().WithMany().HasForeignKey(c => c.OpenChannelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employee>().WithMany().HasForeignKey(c => c.AssignedEmployeeId).OnDelete(DeleteBehavior.SetNull);
        builder.OwnsMany(c => c.Participants, participant =>
        {
            participant.ToTable("ConversationParticipants");
            participant.WithOwner().HasForeignKey("ConversationId");
            participant.HasKey("ConversationId", nameof(ConversationParticipant.EmployeeId));
            participant.Property(p => p.EmployeeId).ValueGeneratedNever();
        });
        builder.Navigation(c => c.Participants).HasField("_participants");
    }
}
