using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Crm;

/// <summary>
/// A request not yet qualified (CRM-1), always about one contact. Q-8 creates one when a channel does not recognise a
/// client it can reach again; its conversations are attached to it.
/// </summary>
public sealed class CrmLead : AggregateRoot, IHasResponsible
{
    public const int TitleMaxLength = 200;

    private CrmLead()
    {
        Title = string.Empty;
    }

    public CrmLead(string title, int contactId, LeadSource source, CreatedVia via, int? responsibleId, DateTimeOffset now, int? createdFromConversationId = null)
    {
        Title = Guard.RequiredText(title, "Title", TitleMaxLength);
        ContactId = contactId;
        Source = Enum.IsDefined(source) ? source : throw new DomainRuleViolated(new InvalidInput("Source", "Choose a source."));
        Via = via;
        ResponsibleId = responsibleId;
        CreatedAt = UpdatedAt = now;
        CreatedFromConversationId = createdFromConversationId;
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public int ContactId { get; private set; }

    public LeadSource Source { get; private set; }

    public LeadStatus Status { get; private set; }

    public CreatedVia Via { get; private set; }

    public int? ResponsibleId { get; private set; }

    public int? CreatedFromConversationId { get; private set; }

    /// <summary>The deal this lead became, once converted.</summary>
    public int? DealId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOpen => Status is LeadStatus.New or LeadStatus.InProgress;

    public void Update(string title, LeadSource source, LeadStatus status, DateTimeOffset now)
    {
        if (!Enum.IsDefined(status) || (status == LeadStatus.Converted && DealId is null) || (Status == LeadStatus.Converted && status != Status))
        {
            throw new DomainRuleViolated(new InvalidInput("Status", "A lead becomes converted by making a deal of it, and stays so."));
        }

        Title = Guard.RequiredText(title, "Title", TitleMaxLength);
        Source = Enum.IsDefined(source) ? source : throw new DomainRuleViolated(new InvalidInput("Source", "Choose a source."));
        Status = status;
        UpdatedAt = now;
    }

    public void AssignTo(int? employeeId, DateTimeOffset now)
    {
        ResponsibleId = employeeId;
        UpdatedAt = now;
    }

    public void ConvertedInto(int dealId, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolated(new Conflict("Only an open lead can become a deal."));
        }

        DealId = dealId;
        Status = LeadStatus.Converted;
        UpdatedAt = now;
    }

    /// <summary>Merge: the lead follows its contact into the contact that absorbs it.</summary>
    public void MoveTo(int contactId) => ContactId = contactId;
}
