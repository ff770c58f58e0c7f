using OpenChannels.Domain.Channels;

namespace OpenChannels.Domain.Crm;

/// <summary>
/// Q-8's rules, as seed 003 states them. A client is recognised by an earlier conversation (their client is already
/// linked to a contact), else by e-mail, else by phone; an e-mail names a person more surely than a shared phone line.
/// When nobody is found, a lead may be created only when the client can be reached again: they left an e-mail or a
/// phone, or they write from a messenger that can write back. A live-chat visitor who left nothing and closed the page
/// cannot be, so no lead is made of them — a name alone does not reach anyone.
/// </summary>
public static class ClientRecognition
{
    /// <param name="byEmail">The contact that owns the client's e-mail, if any.</param>
    /// <param name="byPhone">The contact that owns the client's phone, if any.</param>
    public static Recognition Recognise(ClientFacts client, int? byEmail, int? byPhone) =>
        client.LinkedContactId is { } linked ? new Recognition(linked, RecognisedBy.EarlierConversation, false)
        : byEmail is { } email ? new Recognition(email, RecognisedBy.Email, false)
        : byPhone is { } phone ? new Recognition(phone, RecognisedBy.Phone, false)
        : new Recognition(null, RecognisedBy.None, MayReachAgain(client));

    /// <summary>Whether the business can contact the client again once the conversation is over.</summary>
    public static bool MayReachAgain(ClientFacts client) =>
        client.Email is not null || client.Phone is not null || client.Connector != ConnectorKind.LiveChat;

    /// <summary>The name a created contact gets: the client's, or one made of how they wrote.</summary>
    public static string ContactName(ClientFacts client, int clientId) =>
        !string.IsNullOrWhiteSpace(client.Name) ? client.Name!
        : client.Email ?? client.Phone ?? $"{client.Connector} client #{clientId}";
}
