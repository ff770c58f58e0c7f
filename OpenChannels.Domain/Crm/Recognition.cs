namespace OpenChannels.Domain.Crm;

/// <summary>The outcome of looking a client up in the CRM .</summary>
public sealed record Recognition(int? ContactId, RecognisedBy By, bool MayCreateLead)
{
    public bool Recognised => ContactId is not null;
}
