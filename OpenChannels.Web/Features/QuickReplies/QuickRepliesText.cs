namespace OpenChannels.Web.Features.QuickReplies;

/// <summary>The texts of the quick-reply lists, in every language (resources beside this class).</summary>
public sealed class QuickRepliesText;
