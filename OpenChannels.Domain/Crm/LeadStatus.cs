namespace OpenChannels.Domain.Crm;

/// <summary>Where a lead stands: a request not yet qualified becomes a deal, or is dropped.</summary>
public enum LeadStatus
{
    New = 0,
    InProgress = 1,

    /// <summary>Qualified: a deal was made of it.</summary>
    Converted = 2,

    /// <summary>Not a real request (spam, a mistake, no interest).</summary>
    Junk = 3,
}
