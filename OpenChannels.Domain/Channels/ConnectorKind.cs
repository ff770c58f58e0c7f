namespace OpenChannels.Domain.Channels;

/// <summary>The kinds of communication channel a connector can be.</summary>
public enum ConnectorKind
{
    LiveChat = 1,
    Api = 2,
    Telegram = 3,
    Email = 4,
}
