namespace OpenChannels.Domain.Channels;

/// <summary>A-2: whether the contact form asks for a field, and whether the client must fill it.</summary>
public enum ContactFieldRule
{
    Hidden = 0,
    Optional = 1,
    Required = 2,
}
