using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Routing;

namespace OpenChannels.Web.Features.Routing;

/// <summary>What the Queue tab edits (Q-1…Q-7).</summary>
public sealed class QueueForm
{
    public List<QueueFormEntry> Entries { get; set; } = [];

    public DistributionMode Mode { get; set; } = DistributionMode.Evenly;

    /// <summary>Q-3, in minutes (1 to 720).</summary>
    public int IdleMinutes { get; set; } = 3;

    public bool CheckAvailability { get; set; } = true;

    public bool AlwaysMonitorAvailability { get; set; }

    public bool LimitConversations { get; set; }

    public int Limit { get; set; } = 5;

    public bool ExcludeAnswered { get; set; }

    public bool ExcludeWaitingForClient { get; set; }

    public bool ExcludeClosed { get; set; }

    public AgentInfoMode AgentInfo { get; set; } = AgentInfoMode.EmployeeProfile;

    /// <summary>Q-7: the name clients see when the channel answers with its own name and photo.</summary>
    public string? AgentDisplayName { get; set; }

    /// <summary>Q-7: whether the channel has its own photo. Saved at once on upload, so never an unsaved change.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasAgentPhoto { get; set; }

    /// <summary>Q-8: recognise clients in the CRM.</summary>
    public bool RecogniseClients { get; set; } = true;

    public Domain.Crm.WhenNotRecognised WhenNotRecognised { get; set; } = Domain.Crm.WhenNotRecognised.CreateLead;

    /// <summary>Q-8: null is "the source of the open channel" (the connector's kind).</summary>
    public Domain.Crm.LeadSource? LeadSource { get; set; }

    /// <summary>Q-9.</summary>
    public bool RouteToResponsible { get; set; } = true;

    /// <summary>Q-10.</summary>
    public bool TransfereeBecomesResponsible { get; set; } = true;

    public ExcludedFromLimit Excluded =>
        (ExcludeAnswered ? ExcludedFromLimit.Answered : 0)
        | (ExcludeWaitingForClient ? ExcludedFromLimit.WaitingForClient : 0)
        | (ExcludeClosed ? ExcludedFromLimit.Closed : 0);

    /// <summary>The message for a limit outside 1 – 1000, or null (in English).</summary>
    public static string? CheckLimit(int limit) => limit is >= 1 and <= QueueSettings.MaxLimit ? null : $"Enter between 1 and {QueueSettings.MaxLimit}.";

    /// <summary>The message for a limit outside 1 – 1000, or null, in the reader's language.</summary>
    public static string? CheckLimit(int limit, IStringLocalizer text) =>
        limit is >= 1 and <= QueueSettings.MaxLimit ? null : text["Enter between 1 and {0}.", QueueSettings.MaxLimit].Value;

    /// <summary>The message for an idle time outside 1 minute – 12 hours, or null (in English, as the server says it).</summary>
    public static string? CheckIdleMinutes(int minutes) =>
        QueueSettings.IdleTimeRange.Contains(minutes) ? null : QueueSettings.IdleTimeRange.FormMessage;

    /// <summary>The message for an idle time outside 1 minute – 12 hours, or null, in the reader's language.</summary>
    public static string? CheckIdleMinutes(int minutes, IStringLocalizer text) =>
        QueueSettings.IdleTimeRange.Contains(minutes)
            ? null
            : text["Enter between {0} ({1} minutes).", text[QueueSettings.IdleTimeRange.Described].Value, QueueSettings.IdleTimeRange.MaxMinutes].Value;
}
