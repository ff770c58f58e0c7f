namespace OpenChannels.Web.Connectors;

/// <summary>
/// Who writes through a connector, as its protocol tells: the connector's own id for them (the API caller's, the
/// Telegram chat's, the e-mail address) and what it knows — it fills the client; the CRM recognises them by it.
/// </summary>
public sealed record ExternalPerson(string Id, string? Name = null, string? Handle = null, string? Email = null, string? Phone = null);
