namespace OpenChannels.Web.Features.Channels;

/// <summary>The texts of the open channel list and a channel's connectors and Other tab, in every language (resources beside this class).</summary>
public sealed class ChannelsText;
