namespace OpenChannels.Web.Features.Reports;

/// <summary>How many conversations started in one channel on one day (or in one week, from that Monday), in the channel's zone.</summary>
public sealed record VolumeRow(DateOnly Period, int ChannelId, string Channel, int Conversations);
