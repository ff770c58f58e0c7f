using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Consent;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Crm;
using OpenChannels.Domain.Departments;
using OpenChannels.Domain.Employees;
using OpenChannels.Domain.Notifications;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data.ReadModels;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Data;

/// <summary>The one database: the model, Identity and every stored deadline live in the same SQLite file.</summary>
public sealed class OpenChannelsDbContext : IdentityDbContext<AppUser>
{
    public OpenChannelsDbContext(DbContextOptions<OpenChannelsDbContext> options)
        : base(options)
    {
        // Even a save of one row runs in a transaction, so it queues on the writer gate (SqliteWriterGate) rather than
        // in SQLite's sleeping busy handler.
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<OpenChannel> OpenChannels => Set<OpenChannel>();

    public DbSet<Connector> Connectors => Set<Connector>();

    public DbSet<QuickReplyList> QuickReplyLists => Set<QuickReplyList>();

    public DbSet<QuickReply> QuickReplies => Set<QuickReply>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OpenChannels.Domain.Statistics.ListExport> ListExports => Set<OpenChannels.Domain.Statistics.ListExport>();

    public DbSet<AgentStatus> AgentStatuses => Set<AgentStatus>();

    public DbSet<RoutingAuditEntry> RoutingAudit => Set<RoutingAuditEntry>();

    /// <summary>Q-6 counts per agent, kept by triggers; read only.</summary>
    public DbSet<AgentLoad> AgentLoads => Set<AgentLoad>();

    public DbSet<SignInTicket> SignInTickets => Set<SignInTicket>();

    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>One row: the installation's own settings (who must sign in with two factors).</summary>
    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();

    public DbSet<Role> AccessRoles => Set<Role>();

    public DbSet<RoleHolder> AccessRoleHolders => Set<RoleHolder>();

    public DbSet<EmployeeGroup> EmployeeGroups => Set<EmployeeGroup>();

    public DbSet<Bot> Bots => Set<Bot>();

    public DbSet<FaqEntry> FaqEntries => Set<FaqEntry>();

    /// <summary>The webhook bots' outbox (B-1).</summary>
    public DbSet<BotDelivery> BotDeliveries => Set<BotDelivery>();

    public DbSet<BotLogEntry> BotLog => Set<BotLogEntry>();

    public DbSet<CrmContact> CrmContacts => Set<CrmContact>();

    public DbSet<CrmCompany> CrmCompanies => Set<CrmCompany>();

    public DbSet<CrmLead> CrmLeads => Set<CrmLead>();

    public DbSet<CrmDeal> CrmDeals => Set<CrmDeal>();

    public DbSet<DealStage> DealStages => Set<DealStage>();

    public DbSet<CrmTimelineEntry> CrmTimeline => Set<CrmTimelineEntry>();

    /// <summary>The outbox of connectors and webhooks (CH-1): written with the change, sent after it.</summary>
    public DbSet<OpenChannels.Domain.Outbound.OutboundDelivery> OutboundDeliveries => Set<OpenChannels.Domain.Outbound.OutboundDelivery>();

    public DbSet<OpenChannels.Domain.Outbound.ChannelWebhook> ChannelWebhooks => Set<OpenChannels.Domain.Outbound.ChannelWebhook>();

    /// <summary>The e-mail connector's received mails, for threading the answers (issue 20).</summary>
    public DbSet<EmailThreadMessage> EmailThreadMessages => Set<EmailThreadMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OpenChannelsDbContext).Assembly);
        SqlTime.Register(builder);
    }

    /// <summary>The events every tracked aggregate collected, in the order they happened per aggregate; cleared.</summary>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        // Called right after SaveChanges: nothing changed since, so the tracker need not scan for changes again.
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var aggregates = ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(a => a.DomainEvents.Count > 0).ToList();
            var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
            aggregates.ForEach(a => a.ClearDomainEvents());
            return events;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Events live on the aggregate until the write pipeline takes them; they are never stored.
        configurationBuilder.IgnoreAny<IDomainEvent>();
        // SQLite cannot compare DateTimeOffset stored as text; a binary (ticks + offset) form sorts and filters in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
