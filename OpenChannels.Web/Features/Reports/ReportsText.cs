namespace OpenChannels.Web.Features.Reports;

/// <summary>The texts of the reports page and its CSV files, in every language (resources beside this class).</summary>
public sealed class ReportsText;
