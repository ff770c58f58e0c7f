using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Crm;

/// <summary>
/// A person the business talks to (CRM-1): name, e-mails and phones, company, notes, source and the responsible
/// employee. Clients of any connector are linked to one contact once recognised (Q-8's chat tracker), so their
/// conversations form one history across channels.
/// </summary>
public sealed class CrmContact : AggregateRoot, IHasResponsible
{
    public const int NameMaxLength = 200;
    public const int NotesMaxLength = 4000;
    public const int MaxPointsPerKind = 5;

    private readonly List<ContactPoint> _points = [];

    private CrmContact()
    {
        Name = string.Empty;
    }

    public CrmContact(string name, LeadSource source, int? responsibleId, DateTimeOffset now, int? createdFromConversationId = null)
    {
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        Source = Enum.IsDefined(source) ? source : throw new DomainRuleViolated(new InvalidInput("Source", "Choose a source."));
        ResponsibleId = responsibleId;
        CreatedAt = UpdatedAt = now;
        CreatedFromConversationId = createdFromConversationId;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public int? CompanyId { get; private set; }

    public string? Notes { get; private set; }

    public LeadSource Source { get; private set; }

    public int? ResponsibleId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Q-10: set when a conversation created this contact; only such contacts follow a transfer.</summary>
    public int? CreatedFromConversationId { get; private set; }

    public IReadOnlyList<ContactPoint> Points => _points;

    public IEnumerable<string> Emails => _points.Where(p => p.Kind == ContactPointKind.Email).Select(p => p.Value);

    public IEnumerable<string> Phones => _points.Where(p => p.Kind == ContactPointKind.Phone).Select(p => p.Value);

    public void Update(string name, int? companyId, string? notes, DateTimeOffset now)
    {
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        CompanyId = companyId;
        Notes = Guard.OptionalText(notes, "Notes", NotesMaxLength);
        UpdatedAt = now;
    }

    /// <summary>Replaces the e-mails and phones: e-mails are normalised here, phones must already be E.164.</summary>
    public void SetPoints(IEnumerable<string> emails, IEnumerable<string> phones, DateTimeOffset now)
    {
        var points = emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => new ContactPoint(ContactPointKind.Email, EmailAddress.Normalize(e)))
            .Concat(phones.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => new ContactPoint(ContactPointKind.Phone, CrmPhone.Require(p))))
            .Distinct()
            .ToList();
        foreach (var kind in Enum.GetValues<ContactPointKind>())
        {
            if (points.Count(p => p.Kind == kind) > MaxPointsPerKind)
            {
                throw new DomainRuleViolated(new InvalidInput(kind.ToString(), "A contact keeps at most {0} of each: e-mails, phones.", MaxPointsPerKind));
            }
        }

        _points.Clear();
        _points.AddRange(points);
        UpdatedAt = now;
    }

    /// <summary>CRM-2: what a chat told about the client, added to what is known; nothing known is overwritten.</summary>
    public void Learn(string? email, string? e164Phone, DateTimeOffset now)
    {
        var emails = Emails.Append(email ?? string.Empty).ToList();
        var phones = Phones.Append(e164Phone ?? string.Empty).ToList();
        if (emails.Count(e => e.Length > 0) <= MaxPointsPerKind && phones.Count(p => p.Length > 0) <= MaxPointsPerKind)
        {
            SetPoints(emails, phones, now);
        }
    }

    public void AssignTo(int? employeeId, DateTimeOffset now)
    {
        ResponsibleId = employeeId;
        UpdatedAt = now;
    }

    /// <summary>
    /// Merge: this contact keeps its own fields and takes the duplicate's e-mails, phones and notes, and its company and
    /// responsible when it has none. The caller moves the duplicate's links, then deletes it.
    /// </summary>
    public void Absorb(CrmContact duplicate, DateTimeOffset now)
    {
        if (ReferenceEquals(duplicate, this) || (Id != 0 && duplicate.Id == Id))
        {
            throw new DomainRuleViolated(new InvalidInput("Duplicate", "Choose another contact to merge into this one."));
        }

        var points = _points.Concat(duplicate._points).Distinct().ToList();
        _points.Clear();
        _points.AddRange(points);
        CompanyId ??= duplicate.CompanyId;
        ResponsibleId ??= duplicate.ResponsibleId;
        var notes = string.Join("\n\n", new[] { Notes, duplicate.Notes }.Where(n => !string.IsNullOrWhiteSpace(n)));
        Notes = notes.Length == 0 ? null : notes[..Math.Min(notes.Length, NotesMaxLength)];
        duplicate._points.Clear();
        UpdatedAt = now;
    }
}
