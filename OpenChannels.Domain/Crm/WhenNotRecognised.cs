namespace OpenChannels.Domain.Crm;

/// <summary>Q-8: what a channel does when it does not recognise a client in the CRM.</summary>
public enum WhenNotRecognised
{
    /// <summary>Nothing: agents can still save the client to the CRM by hand (M-5).</summary>
    Nothing = 0,

    /// <summary>Create a lead (with its contact) as soon as the client can be reached again.</summary>
    CreateLead = 1,

    /// <summary>Show agents a "Create lead" link in the conversation.</summary>
    OfferLink = 2,
}
