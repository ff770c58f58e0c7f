using System.Globalization;
using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Crm;

/// <summary>A sale in progress (CRM-1): title, amount and currency, its stage, its contact and company, its responsible.</summary>
public sealed class CrmDeal : AggregateRoot, IHasResponsible
{
    public const int TitleMaxLength = 200;
    public const decimal MaxAmount = 1_000_000_000_000m;

    private CrmDeal()
    {
        Title = Currency = string.Empty;
    }

    public CrmDeal(string title, decimal amount, string currency, DealStage stage, int? contactId, CreatedVia via, int? responsibleId, DateTimeOffset now, int? createdFromConversationId = null)
    {
        Via = via;
        CreatedAt = now;
        CreatedFromConversationId = createdFromConversationId;
        ResponsibleId = responsibleId;
        Title = Currency = string.Empty;
        Update(title, amount, currency, stage, contactId, CompanyId, now);
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>ISO 4217 code, upper case.</summary>
    public string Currency { get; private set; }

    public int StageId { get; private set; }

    public int? ContactId { get; private set; }

    public int? CompanyId { get; private set; }

    public CreatedVia Via { get; private set; }

    public int? ResponsibleId { get; private set; }

    public int? CreatedFromConversationId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When it reached a won or lost stage; null while open.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public void Update(string title, decimal amount, string currency, DealStage stage, int? contactId, int? companyId, DateTimeOffset now)
    {
        Title = Guard.RequiredText(title, "Title", TitleMaxLength);
        Amount = amount is >= 0 and <= MaxAmount
            ? decimal.Round(amount, 2)
            : throw new DomainRuleViolated(new InvalidInput("Amount", "The amount must be between 0 and {0}.", MaxAmount.ToString("N0", CultureInfo.InvariantCulture)));
        Currency = CurrencyCode(currency);
        ContactId = contactId;
        CompanyId = companyId;
        if (stage.Id != StageId || Id == 0)
        {
            StageId = stage.Id;
            ClosedAt = stage.Outcome == StageOutcome.Open ? null : now;
        }

        UpdatedAt = now;
    }

    public void AssignTo(int? employeeId, DateTimeOffset now)
    {
        ResponsibleId = employeeId;
        UpdatedAt = now;
    }

    /// <summary>Merge: the deal follows its contact into the contact that absorbs it.</summary>
    public void MoveTo(int contactId) => ContactId = contactId;

    public static string CurrencyCode(string? value)
    {
        var code = value?.Trim().ToUpperInvariant() ?? string.Empty;
        return code.Length == 3 && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw new DomainRuleViolated(new InvalidInput("Currency", "'{0}' is not a currency code: use three letters, e.g. EUR.", value ?? string.Empty));
    }
}
