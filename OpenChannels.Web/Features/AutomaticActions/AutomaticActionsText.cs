namespace OpenChannels.Web.Features.AutomaticActions;

/// <summary>The texts of a channel's Automatic actions tab, in every language (resources beside this class).</summary>
public sealed class AutomaticActionsText;
