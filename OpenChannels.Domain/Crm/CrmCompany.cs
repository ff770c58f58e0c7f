using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Crm;

/// <summary>An organisation contacts and deals belong to (CRM-1).</summary>
public sealed class CrmCompany : AggregateRoot, IHasResponsible
{
    public const int NameMaxLength = 200;
    public const int WebsiteMaxLength = 300;

    private CrmCompany()
    {
        Name = string.Empty;
    }

    public CrmCompany(string name, int? responsibleId, DateTimeOffset now)
    {
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        ResponsibleId = responsibleId;
        CreatedAt = UpdatedAt = now;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string? Website { get; private set; }

    public string? Notes { get; private set; }

    public int? ResponsibleId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(string name, string? website, string? notes, DateTimeOffset now)
    {
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        Website = Guard.OptionalText(website, "Website", WebsiteMaxLength);
        Notes = Guard.OptionalText(notes, "Notes", CrmContact.NotesMaxLength);
        UpdatedAt = now;
    }

    public void AssignTo(int? employeeId, DateTimeOffset now)
    {
        ResponsibleId = employeeId;
        UpdatedAt = now;
    }
}
