using OpenChannels.Domain.Conversations;

namespace OpenChannels.Tests.Builders;

/// <summary>A new conversation from a client in a channel, unless told otherwise: unassigned, open, just started.</summary>
public sealed class ConversationBuilder(DateTimeOffset now)
{
    private int _channel = 1;
    private int _connector = 2;
    private int _client = 3;
    private int? _acceptedBy;
    private bool _answered;

    public ConversationBuilder InChannel(int openChannelId) => Set(() => _channel = openChannelId);

    public ConversationBuilder FromClient(int clientId) => Set(() => _client = clientId);

    public ConversationBuilder ThroughConnector(int connectorId) => Set(() => _connector = connectorId);

    /// <summary>Accepted by the agent (M-2).</summary>
    public ConversationBuilder AcceptedBy(int employeeId) => Set(() => _acceptedBy = employeeId);

    /// <summary>Accepted and answered by the agent.</summary>
    public ConversationBuilder AnsweredBy(int employeeId) => Set(() => (_acceptedBy, _answered) = (employeeId, true));

    public Conversation Build()
    {
        var conversation = new Conversation(_channel, _connector, _client, now);
        if (_acceptedBy is { } agent)
        {
            conversation.Accept(agent, now);
            if (_answered)
            {
                conversation.RecordAgentMessage(agent, "Hello", now);
            }
        }

        conversation.ClearDomainEvents();
        return conversation;
    }

    private ConversationBuilder Set(Action change)
    {
        change();
        return this;
    }
}
