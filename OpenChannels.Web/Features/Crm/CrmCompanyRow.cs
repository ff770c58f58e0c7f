namespace OpenChannels.Web.Features.Crm;

public sealed record CrmCompanyRow(int Id, string Name, string? Website, int Contacts, string? Responsible, DateTimeOffset UpdatedAt);
