namespace OpenChannels.Domain.Conversations;

public enum SlashCommandKind
{
    Unknown,

    /// <summary>/quote — quote the client's last message (or the given text) in the reply.</summary>
    Quote,

    /// <summary>/rename Title — a title only employees see.</summary>
    Rename,

    /// <summary>/id — show the conversation's ID.</summary>
    Id,
}
