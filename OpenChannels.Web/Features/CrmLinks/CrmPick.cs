namespace OpenChannels.Web.Features.CrmLinks;

/// <summary>An item offered by a picker (a contact or company to link, an employee to make responsible).</summary>
public sealed record CrmPick(int Id, string Name)
{
    public override string ToString() => Name;
}
