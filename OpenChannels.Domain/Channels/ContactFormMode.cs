namespace OpenChannels.Domain.Channels;

/// <summary>A-2: when the live chat asks the client for contact details.</summary>
public enum ContactFormMode
{
    Off = 0,

    /// <summary>Before the dialog: the client fills the form before the first message.</summary>
    BeforeDialog = 1,

    /// <summary>After the client's first message, inside the chat; the client may skip it.</summary>
    AfterFirstMessage = 2,
}
