using OpenChannels.Domain.Channels;

namespace OpenChannels.Domain.Crm;

/// <summary>Where a contact or a lead came from. Q-8: "the source of the open channel" is the connector's kind.</summary>
public enum LeadSource
{
    /// <summary>Entered by hand in the CRM.</summary>
    Manual = 0,
    LiveChat = 1,
    Api = 2,
    Telegram = 3,
    Email = 4,
    Phone = 5,
    Website = 6,
    Referral = 7,
    Other = 8,
}

public static class LeadSources
{
    /// <summary>Q-8: the source a connector of this kind gives a lead created from its conversations.</summary>
    public static LeadSource Of(ConnectorKind kind) => kind switch
    {
        ConnectorKind.LiveChat => LeadSource.LiveChat,
        ConnectorKind.Api => LeadSource.Api,
        ConnectorKind.Telegram => LeadSource.Telegram,
        _ => LeadSource.Other,
    };
}
