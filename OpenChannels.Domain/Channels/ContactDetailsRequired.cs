using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>A-2 "before the dialog": the client must fill the contact form before writing.</summary>
public sealed record ContactDetailsRequired()
    : Error("Fill in the contact form before writing.");
