using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Features.Crm;

public sealed record CrmLeadRow(int Id, string Title, int ContactId, string Contact, LeadSource Source, LeadStatus Status, string? Responsible, DateTimeOffset CreatedAt);
