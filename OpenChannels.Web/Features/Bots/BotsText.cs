namespace OpenChannels.Web.Features.Bots;

/// <summary>The texts of the chatbots' pages and of an open channel's Chatbots tab, in every language (resources beside this class).</summary>
public sealed class BotsText;
