namespace OpenChannels.Web.Features.Bots;

/// <summary>A webhook bot's secret and token in clear — shown to the administrator once — and as they are stored.</summary>
public sealed record NewBotCredentials(string Secret, string Token, string ProtectedSecret, string TokenHash);
