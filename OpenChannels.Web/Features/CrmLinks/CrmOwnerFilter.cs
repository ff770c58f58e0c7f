namespace OpenChannels.Web.Features.CrmLinks;

/// <summary>Whose items a CRM list shows, within what the viewer may see.</summary>
public enum CrmOwnerFilter
{
    Anyone = 0,
    Mine = 1,
    Unassigned = 2,
}
