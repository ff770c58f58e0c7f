using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>One message of a conversation. Notes (silent mode) are never shown to the client.</summary>
public sealed class Message : AggregateRoot
{
    public const int TextMaxLength = 4000;
    public const int ClientMessageIdMaxLength = 64;

    private readonly List<MessageRevision> _revisions = [];

    private Message()
    {
        Text = string.Empty;
    }

    private Message(int conversationId, MessageKind kind, int? authorEmployeeId, string text, Attachment? attachment, DateTimeOffset at)
    {
        ConversationId = conversationId;
        Kind = kind;
        AuthorEmployeeId = authorEmployeeId;
        Text = attachment is null
            ? Guard.RequiredText(text, "Text", TextMaxLength)
            : Guard.OptionalText(text, "Text", TextMaxLength) ?? string.Empty;
        Attachment = attachment;
        CreatedAt = at;
        AddDomainEvent(new MessagePosted(this));
    }

    public long Id { get; private set; }

    public int ConversationId { get; private set; }

    public MessageKind Kind { get; private set; }

    public int? AuthorEmployeeId { get; private set; }

    /// <summary>The bot that wrote it (<see cref="MessageKind.Bot"/>).</summary>
    public int? BotId { get; private set; }

    /// <summary>
    /// The client who wrote it, with <see cref="ClientMessageId"/>: a retried send is stored once. A bot's message
    /// carries the bot's own id for it in <see cref="ClientMessageId"/> the same way.
    /// </summary>
    public int? ClientId { get; private set; }

    public string? ClientMessageId { get; private set; }

    public string Text { get; private set; }

    public Attachment? Attachment { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>When the client saw this agent message (the delivery state agents see).</summary>
    public DateTimeOffset? ReadByClientAt { get; private set; }

    public IReadOnlyList<MessageRevision> Revisions => _revisions;

    public bool IsVisibleToClient => Kind != MessageKind.Note;

    public string Preview => IsDeleted ? "Message deleted" : Text.Length > 0 ? Text : Attachment?.OriginalName ?? string.Empty;

    public static Message FromClient(int conversationId, int clientId, string clientMessageId, string text, Attachment? attachment, DateTimeOffset at)
    {
        var id = Guard.RequiredText(clientMessageId, "Message id", ClientMessageIdMaxLength);
        return new Message(conversationId, MessageKind.Client, null, text, attachment, at) { ClientId = clientId, ClientMessageId = id };
    }

    public static Message FromAgent(int conversationId, int employeeId, string text, Attachment? attachment, DateTimeOffset at) =>
        new(conversationId, MessageKind.Agent, employeeId, text, attachment, at);

    public static Message NoteBy(int conversationId, int employeeId, string text, DateTimeOffset at) =>
        new(conversationId, MessageKind.Note, employeeId, text, null, at);

    /// <param name="botMessageId">The bot's id for it: a retried reply is stored once.</param>
    public static Message FromBot(int conversationId, int botId, string text, string? botMessageId, DateTimeOffset at) =>
        new(conversationId, MessageKind.Bot, null, text, null, at)
        {
            BotId = botId,
            ClientMessageId = Guard.OptionalText(botMessageId, "Message id", ClientMessageIdMaxLength),
        };

    public static Message Automatic(int conversationId, string text, DateTimeOffset at) =>
        new(conversationId, MessageKind.System, null, text, null, at);

    /// <summary>An agent edits their own message or note; the previous text is kept.</summary>
    public void Edit(int employeeId, string text, DateTimeOffset at)
    {
        EnsureEditableBy(employeeId);
        var newText = Guard.RequiredText(text, "Text", TextMaxLength);
        if (newText == Text)
        {
            return;
        }

        _revisions.Add(new MessageRevision(employeeId, at, Text, deleted: false));
        Text = newText;
        EditedAt = at;
        AddDomainEventOnce(new MessageChanged(this));
    }

    public void Delete(int employeeId, DateTimeOffset at)
    {
        EnsureEditableBy(employeeId);
        _revisions.Add(new MessageRevision(employeeId, at, Text, deleted: true));
        DeletedAt = at;
        AddDomainEventOnce(new MessageChanged(this));
    }

    public void MarkReadByClient(DateTimeOffset at)
    {
        if (ReadByClientAt is null)
        {
            ReadByClientAt = at;
            AddDomainEvent(new MessageRead(this));
        }
    }

    /// <summary>M-6: moved with the rest of the session into a new exclusive conversation.</summary>
    public void MoveTo(int conversationId) => ConversationId = conversationId;

    private void EnsureEditableBy(int employeeId)
    {
        if (IsDeleted)
        {
            throw new DomainRuleViolated(new MessageAlreadyDeleted(Id));
        }

        if (AuthorEmployeeId != employeeId || Kind is MessageKind.Client or MessageKind.System)
        {
            throw new DomainRuleViolated(new NotYourMessage(Id));
        }
    }
}
