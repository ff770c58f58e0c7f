namespace OpenChannels.Domain.Channels;

/// <summary>O-5: the language of a channel's automatic texts and notifications.</summary>
public enum ChannelLanguage
{
    English = 1,
    French = 2,
    Italian = 3,
    Polish = 4,
}
