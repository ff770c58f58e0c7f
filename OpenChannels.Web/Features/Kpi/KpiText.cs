namespace OpenChannels.Web.Features.Kpi;

/// <summary>The texts of the KPI tab, in every language (resources beside this class).</summary>
public sealed class KpiText;
