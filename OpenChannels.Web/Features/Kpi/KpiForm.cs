namespace OpenChannels.Web.Features.Kpi;

/// <summary>What the KPI tab edits (K-1, K-2): targets in minutes (empty: no target) and whom to tell when late.</summary>
public sealed class KpiForm
{
    public int? InitialMinutes { get; set; }

    public int? SubsequentMinutes { get; set; }

    public bool WorkingHoursOnly { get; set; }

    public bool Notify { get; set; }

    public IReadOnlyCollection<int> NotifyEmployeeIds { get; set; } = [];

    public bool NotifyHolder { get; set; }

    /// <summary>Empty for the channel language's default text.</summary>
    public string? Text { get; set; }
}
