using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;

namespace OpenChannels.Tests.Support;

/// <summary>
/// A context for writing rows into a database of an earlier version, before its last migrations run: today's model
/// without the columns those later migrations add (so far the KPI, Rating and Chatbots tabs' and the conversation list's), under its own model cache entry.
/// </summary>
public static class EarlierModel
{
    /// <summary>R-1, R-4: what the Rating tab's migration adds to each conversation.</summary>
    private static readonly string[] RatingColumns =
    [
        nameof(Conversation.RatingRequestedAt), nameof(Conversation.RatingDueAt), nameof(Conversation.RatingWithdrawnAt),
        nameof(Conversation.ClientRating), nameof(Conversation.ClientRatingComment), nameof(Conversation.ClientRatedAt),
        nameof(Conversation.SupervisorStars), nameof(Conversation.SupervisorComment), nameof(Conversation.SupervisorRatedByEmployeeId),
        nameof(Conversation.SupervisorRatedAt),
    ];

    public static OpenChannelsDbContext Context(string databasePath) =>
        new(new DbContextOptionsBuilder<OpenChannelsDbContext>()
            .UseSqlite($"Data Source={databasePath}")
            .ReplaceService<IModelCustomizer, WithoutLaterColumns>()
            .ReplaceService<IModelCacheKeyFactory, OwnCacheKey>()

            // It differs from the migrations' snapshot on purpose, and only migrates up to the earlier version.
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options);

    private sealed class WithoutLaterColumns(ModelCustomizerDependencies dependencies) : ModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            modelBuilder.Entity<OpenChannel>().Ignore(c => c.Kpi).Ignore(c => c.Rating);
            var conversation = modelBuilder.Entity<Conversation>();
            foreach (var rating in RatingColumns)
            {
                conversation.Ignore(rating);
            }

            // The conversation list's (issue 17): the message count, the chosen columns, the background exports.
            conversation.Ignore(OpenChannels.Web.Data.ReadModels.MessageSearch.CountColumn);
            modelBuilder.Entity<OpenChannels.Web.Identity.AppUser>().Ignore(u => u.ConversationListColumns);
            modelBuilder.Ignore<OpenChannels.Domain.Statistics.ListExport>();
            modelBuilder.Entity<OpenChannels.Domain.Notifications.Notification>().Ignore(n => n.ExportId);

            // The Chatbots tab's (issue 18): the channel's settings, the conversation's bot, the bot's messages, the bots.
            modelBuilder.Entity<OpenChannel>().Ignore(c => c.Chatbot);
            foreach (var bot in new[]
            {
                nameof(Conversation.BotId), nameof(Conversation.BotStaysUntilEnd), nameof(Conversation.BotHandOverDueAt),
                nameof(Conversation.HandedOverAt), nameof(Conversation.HandOverReason),
            })
            {
                conversation.Ignore(bot);
            }

            modelBuilder.Entity<Message>().Ignore(m => m.BotId);
            modelBuilder.Ignore<OpenChannels.Domain.Bots.BotDelivery>();
            modelBuilder.Ignore<OpenChannels.Domain.Bots.BotLogEntry>();
            modelBuilder.Ignore<OpenChannels.Domain.Bots.FaqEntry>();
            modelBuilder.Ignore<OpenChannels.Domain.Bots.Bot>();

            // The CRM's (issue 19): the channel's switches, the form's option, the links of clients and conversations, the items.
            modelBuilder.Entity<OpenChannel>().Ignore(c => c.Crm);
            modelBuilder.Entity<OpenChannel>().ComplexProperty(c => c.ContactForm).Ignore(f => f.AcceptorBecomesResponsible);
            foreach (var crm in new[] { nameof(Conversation.CrmContactId), nameof(Conversation.CrmLeadId), nameof(Conversation.CrmDealId), nameof(Conversation.RecognisedBy) })
            {
                conversation.Ignore(crm);
            }

            modelBuilder.Entity<Client>().Ignore(c => c.CrmContactId);
            modelBuilder.Ignore<OpenChannels.Domain.Crm.CrmTimelineEntry>();
            modelBuilder.Ignore<OpenChannels.Domain.Crm.CrmDeal>();
            modelBuilder.Ignore<OpenChannels.Domain.Crm.CrmLead>();
            modelBuilder.Ignore<OpenChannels.Domain.Crm.CrmContact>();
            modelBuilder.Ignore<OpenChannels.Domain.Crm.CrmCompany>();
            modelBuilder.Ignore<OpenChannels.Domain.Crm.DealStage>();

            // More channels' (issue 20): the connector's state, credentials and health, the external client, the outbox, the webhooks.
            var connector = modelBuilder.Entity<OpenChannels.Domain.Channels.Connector>();
            foreach (var column in new[]
            {
                nameof(Connector.IsEnabled), nameof(Connector.PausedReply), nameof(Connector.DisabledAt), nameof(Connector.TokenHash),
                nameof(Connector.ProtectedSecret), nameof(Connector.WebhookUrl), nameof(Connector.Settings), nameof(Connector.LastInboundAt),
                nameof(Connector.LastOutboundAt), nameof(Connector.LastError), nameof(Connector.LastErrorAt),
            })
            {
                connector.Ignore(column);
            }

            modelBuilder.Entity<Client>().Ignore(c => c.ExternalId).Ignore(c => c.Handle);
            modelBuilder.Ignore<OpenChannels.Domain.Outbound.OutboundDelivery>();
            modelBuilder.Ignore<OpenChannels.Domain.Outbound.ChannelWebhook>();

            // The e-mail connector (issue 20): its received mails' thread records.
            modelBuilder.Ignore<OpenChannels.Domain.Channels.EmailThreadMessage>();

            // E-mail threads (issue 20): a client's open conversation per connector and thread.
            conversation.Ignore(c => c.Thread);
        }
    }

    private sealed class OwnCacheKey : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context.GetType(), designTime, nameof(EarlierModel));
    }
}
