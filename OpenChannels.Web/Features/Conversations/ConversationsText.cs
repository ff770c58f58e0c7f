namespace OpenChannels.Web.Features.Conversations;

/// <summary>The texts of the conversation screens, in every language (resources beside this class).</summary>
public sealed class ConversationsText;
