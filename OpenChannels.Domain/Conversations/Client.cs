using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>
/// The outside person, as known to one connector: an anonymous identity (a secret token the widget keeps) and,
/// when given, a name, e-mail and phone. Their conversations form their history.
/// </summary>
public sealed class Client : AggregateRoot
{
    public const int NameMaxLength = 100;

    private Client()
    {
        TokenHash = string.Empty;
    }

    public Client(int connectorId, string tokenHash, DateTimeOffset now)
    {
        ConnectorId = connectorId;
        TokenHash = tokenHash;
        CreatedAt = now;
        LastSeenAt = now;
    }

    /// <summary>
    /// A client another system knows (CH-1): the API caller's id for them, their Telegram chat, their e-mail address.
    /// Unique per connector, so a redelivered update finds the same client. The token hash is random: no widget can claim them.
    /// </summary>
    public static Client External(int connectorId, string externalId, string randomTokenHash, DateTimeOffset now) =>
        new(connectorId, randomTokenHash, now) { ExternalId = Guard.RequiredText(externalId, "ExternalId", ExternalIdMaxLength) };

    public const int ExternalIdMaxLength = 200;

    public int Id { get; private set; }

    /// <summary>The connector's own id for the person; null for a live-chat visitor.</summary>
    public string? ExternalId { get; private set; }

    /// <summary>Their user name in the messenger (Telegram's @username), when it has one.</summary>
    public string? Handle { get; private set; }

    /// <summary>What the messenger tells about the person fills what is not known yet; the contact form's answers win.</summary>
    public void Describe(string? name, string? handle)
    {
        Name ??= Guard.OptionalText(name?.Length > NameMaxLength ? name[..NameMaxLength] : name, "Name", NameMaxLength);
        Handle = Guard.OptionalText(handle?.Length > NameMaxLength ? handle[..NameMaxLength] : handle, "Handle", NameMaxLength) ?? Handle;
    }

    /// <summary>An e-mail client's address is what they write from; it fills the client unless they gave another.</summary>
    public void WritesFrom(string? email)
    {
        Email ??= string.IsNullOrWhiteSpace(email) ? null : EmailAddress.Normalize(email);
    }

    public int ConnectorId { get; private set; }

    /// <summary>SHA-256 of the client's secret token; the token itself is never stored.</summary>
    public string TokenHash { get; private set; }

    public string? Name { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    /// <summary>A-2: when the client last sent the contact form; null when they never did.</summary>
    public DateTimeOffset? ContactGivenAt { get; private set; }

    /// <summary>Q-8's chat tracker: the CRM contact this client was recognised as, or saved to; null until then.</summary>
    public int? CrmContactId { get; private set; }

    public void LinkToContact(int? contactId) => CrmContactId = contactId;

    /// <summary>How precisely <see cref="LastSeenAt"/> follows the client: a minute spares a write per message.</summary>
    public static readonly TimeSpan SeenPrecision = TimeSpan.FromMinutes(1);

    public void Seen(DateTimeOffset now)
    {
        if (now - LastSeenAt >= SeenPrecision)
        {
            LastSeenAt = now;
        }
    }

    /// <summary>A-2: what the client wrote into the contact form; a field left empty keeps what was known.</summary>
    public void Introduce(string? name, string? email, string? phone, DateTimeOffset now)
    {
        Name = Guard.OptionalText(name, "Name", NameMaxLength) ?? Name;
        Email = string.IsNullOrWhiteSpace(email) ? Email : EmailAddress.Normalize(email);
        Phone = string.IsNullOrWhiteSpace(phone) ? Phone : PhoneNumber.Normalize(phone);
        ContactGivenAt = now;
        AddDomainEvent(new ClientIntroduced(this));
    }
}
