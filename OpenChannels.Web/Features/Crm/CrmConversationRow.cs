namespace OpenChannels.Web.Features.Crm;

/// <summary>A conversation on a CRM card: where, when, who, and whether the viewer may open it (P-4).</summary>
public sealed record CrmConversationRow(int Id, string Channel, DateTimeOffset CreatedAt, bool IsOpen, string? Holder, string? Preview, int Messages);
