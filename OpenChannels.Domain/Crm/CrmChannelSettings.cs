using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Crm;

/// <summary>The Queue tab's CRM switches (Q-8, Q-9, Q-10, seed 003), valid by construction.</summary>
public sealed record CrmChannelSettings
{
    public CrmChannelSettings(
        bool recogniseClients,
        WhenNotRecognised whenNotRecognised,
        LeadSource? fixedSource,
        bool routeToResponsible,
        bool transfereeBecomesResponsible)
    {
        if (!Enum.IsDefined(whenNotRecognised) || (fixedSource is { } source && !Enum.IsDefined(source)))
        {
            throw new DomainRuleViolated(new InvalidInput("Crm", "Choose what happens when a client is not recognised."));
        }

        RecogniseClients = recogniseClients;
        WhenNotRecognised = recogniseClients ? whenNotRecognised : WhenNotRecognised.Nothing;
        FixedSource = fixedSource;
        RouteToResponsible = routeToResponsible;
        TransfereeBecomesResponsible = transfereeBecomesResponsible;
    }

    /// <summary>What a channel does until someone changes it: recognise, create leads, route to the responsible.</summary>
    public static CrmChannelSettings Default { get; } = new(true, WhenNotRecognised.CreateLead, null, true, true);

    /// <summary>Q-8: look the client up by phone, e-mail or an earlier conversation, and attach the conversation.</summary>
    public bool RecogniseClients { get; }

    public WhenNotRecognised WhenNotRecognised { get; }

    /// <summary>Q-8: the source of created leads; null is "the source of the open channel" (the connector's kind).</summary>
    public LeadSource? FixedSource { get; }

    /// <summary>Q-9: offer the conversation to the recognised client's responsible first.</summary>
    public bool RouteToResponsible { get; }

    /// <summary>Q-10: a manual transfer makes the transferee responsible for the items the conversation created.</summary>
    public bool TransfereeBecomesResponsible { get; }

    public LeadSource SourceFor(Channels.ConnectorKind connector) => FixedSource ?? LeadSources.Of(connector);
}
