using OpenChannels.Domain.Crm;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>
/// CRM-1 in the conversation: its contact, lead and deal, each with whether the viewer may open it; what the agent may do
/// (save to the CRM, the Q-8 "create lead" link); and what the client told, to prefill the save dialog.
/// </summary>
public sealed record ConversationCrmInfo(
    CrmPick? Contact,
    bool MayOpenContact,
    CrmPick? Lead,
    bool MayOpenLead,
    CrmPick? Deal,
    string? DealStage,
    bool MayOpenDeal,
    RecognisedBy RecognisedBy,
    bool MaySave,
    bool OffersLeadLink,
    string? ClientName,
    string? ClientEmail,
    string? ClientPhone)
{
    public static ConversationCrmInfo None { get; } = new(null, false, null, false, null, null, false, RecognisedBy.None, false, false, null, null, null);
}
