namespace OpenChannels.Domain.Crm;

/// <summary>The four kinds of CRM item (CRM-1).</summary>
public enum CrmItemKind
{
    Contact = 1,
    Company = 2,
    Lead = 3,
    Deal = 4,
}
