using OpenChannels.Domain.Crm;

namespace OpenChannels.Web.Features.Crm;

public sealed record CrmContactRow(int Id, string Name, string? Email, string? Phone, string? Company, string? Responsible, LeadSource Source, DateTimeOffset UpdatedAt);
