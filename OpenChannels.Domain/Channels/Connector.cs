using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>
/// One communication channel instance (a live-chat widget, an API inbox…). CH-1: it is attached to one open
/// channel at a time (a single reference, never a list); O-6: deleting that channel detaches it, so none is possible.
/// </summary>
public sealed class Connector
{
    public const int NameMaxLength = 100;

    private Connector()
    {
        Name = string.Empty;
    }

    public Connector(ConnectorKind kind, string name, int openChannelId)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleViolated(new InvalidInput("Kind", $"Unknown connector kind {(int)kind}."));
        }

        Kind = kind;
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        OpenChannelId = openChannelId;
    }

    public int Id { get; private set; }

    public ConnectorKind Kind { get; private set; }

    public string Name { get; private set; }

    public int? OpenChannelId { get; private set; }

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);

    /// <summary>CH-1: moving a connector detaches it from its previous channel.</summary>
    public void AttachTo(int openChannelId) => OpenChannelId = openChannelId;

    /// <summary>O-6: the channel is gone; the connector stays, receiving nothing until attached again.</summary>
    public void Detach() => OpenChannelId = null;
}
