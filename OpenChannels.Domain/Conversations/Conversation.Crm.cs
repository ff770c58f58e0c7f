using OpenChannels.Domain.Crm;

namespace OpenChannels.Domain.Conversations;

/// <summary>
/// CRM-1: the CRM items a conversation is attached to — its client's contact, and the lead or deal it is about. The
/// card of each lists the conversation; P-4 lets whoever may see the lead or deal open and join it.
/// </summary>
public sealed partial class Conversation
{
    public int? CrmContactId { get; private set; }

    public int? CrmLeadId { get; private set; }

    public int? CrmDealId { get; private set; }

    /// <summary>Q-8: how the client was recognised when the conversation began; None when they were not.</summary>
    public RecognisedBy RecognisedBy { get; private set; }

    public void AttachToContact(int contactId, RecognisedBy by)
    {
        CrmContactId = contactId;
        RecognisedBy = by;
        AddDomainEvent(new ConversationChanged(this));
    }

    public void AttachToLead(int leadId)
    {
        CrmLeadId = leadId;
        AddDomainEvent(new ConversationChanged(this));
    }

    public void AttachToDeal(int dealId)
    {
        CrmDealId = dealId;
        AddDomainEvent(new ConversationChanged(this));
    }

    /// <summary>Merge: the conversation follows its contact into the contact that absorbed it.</summary>
    public void MoveToContact(int contactId) => CrmContactId = contactId;

    /// <summary>A lead became a deal: the conversation is now about the deal as well.</summary>
    public void LeadBecameDeal(int dealId) => CrmDealId ??= dealId;
}
