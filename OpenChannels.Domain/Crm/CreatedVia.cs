namespace OpenChannels.Domain.Crm;

/// <summary>How a lead or deal came to be: it decides who becomes responsible for it .</summary>
public enum CreatedVia
{
    /// <summary>In the CRM, by hand.</summary>
    Crm = 0,

    /// <summary>Q-8: the channel created it when it did not recognise the client.</summary>
    Automatically = 1,

    /// <summary>A-2: the client's contact form created it.</summary>
    ContactForm = 2,

    /// <summary>Q-8 manual, M-5: an agent created it from the conversation.</summary>
    Agent = 3,
}
