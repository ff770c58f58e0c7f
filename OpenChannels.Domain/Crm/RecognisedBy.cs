namespace OpenChannels.Domain.Crm;

/// <summary>Which fact recognised a client; the agent sees it next to the contact.</summary>
public enum RecognisedBy
{
    None = 0,

    /// <summary>An earlier conversation of the same client, on this connector or another (the chat tracker).</summary>
    EarlierConversation = 1,
    Email = 2,
    Phone = 3,
}
