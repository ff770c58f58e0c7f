using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Features.Crm;

public sealed record CrmDealRow(int Id, string Title, decimal Amount, string Currency, string Stage, StageOutcome Outcome, int? ContactId, string? Contact, string? Responsible, DateTimeOffset UpdatedAt);
