namespace OpenChannels.Web.Api;

/// <summary>R-1: a supervisor's rating: 1 to 5 stars and an optional comment.</summary>
public sealed record SupervisorRatingRequest(int Stars, string? Comment);
