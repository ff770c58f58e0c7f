using OpenChannels.Domain.Channels;

namespace OpenChannels.Domain.Crm;

/// <summary>What is known of a client when a channel tries to recognise them .</summary>
/// <param name="LinkedContactId">The contact this client was recognised as before (the chat tracker), if any.</param>
/// <param name="Email">Normalised e-mail, if the client gave one.</param>
/// <param name="Phone">E.164 phone, if the client gave one that parses.</param>
public sealed record ClientFacts(ConnectorKind Connector, string? Name, string? Email, string? Phone, int? LinkedContactId);
