namespace OpenChannels.Domain.Crm;

/// <summary>A CRM item someone answers for: what the CRM rights are measured against (<see cref="Access.CrmAccess"/>).</summary>
public interface IHasResponsible
{
    int Id { get; }

    int? ResponsibleId { get; }
}
