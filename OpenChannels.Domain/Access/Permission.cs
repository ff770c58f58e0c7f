namespace OpenChannels.Domain.Access;

/// <summary>The entities of the access-rights editor (P-2), in the seed's order.</summary>
public enum Permission
{
    /// <summary>See open channels and their settings.</summary>
    ViewOpenChannels = 1,

    /// <summary>Change open channels' settings.</summary>
    ModifyOpenChannels = 2,

    /// <summary>Attach connectors to open channels and create new ones.</summary>
    ConnectChannels = 3,

    /// <summary>"Statistics": which conversations the conversation list shows.</summary>
    ConversationList = 4,

    /// <summary>Which conversations may be opened and read.</summary>
    ConversationHistory = 5,

    /// <summary>Which conversations may be joined (taken over, written in).</summary>
    JoinConversation = 6,

    /// <summary>Which conversations may be rated by a supervisor (also needs their history, P-5).</summary>
    RateConversations = 7,

    /// <summary>"Common settings": may change access rights (yes or no).</summary>
    ChangeAccessRights = 8,

    /// <summary>Whose quick-reply lists may be used beyond the lists of one's own queues.</summary>
    QuickReplies = 9,

    /// <summary>CRM-1: which contacts, companies, leads and deals may be opened (and, P-4, their conversations).</summary>
    ViewCrm = 10,

    /// <summary>CRM-1: which CRM items may be created, changed, merged or deleted (also needs seeing them).</summary>
    EditCrm = 11,
}
