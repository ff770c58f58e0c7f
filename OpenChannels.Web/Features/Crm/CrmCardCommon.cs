namespace OpenChannels.Web.Features.Crm;

/// <summary>What every card shows: its responsible, whether the viewer may change it, its timeline.</summary>
public sealed record CrmCardCommon(int? ResponsibleId, string? Responsible, bool MayEdit, IReadOnlyList<CrmTimelineItem> Timeline);
