namespace OpenChannels.Web.Features.Reports;

/// <summary>What SQL counts per channel and UTC quarter-hour: the conversations started in it and their ratings.</summary>
public sealed record TimeBucket(int ChannelId, long QuarterHour, int Conversations, int Likes, int Dislikes, int StarRatings, int StarsTotal);
