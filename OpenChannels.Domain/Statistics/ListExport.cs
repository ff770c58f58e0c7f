using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Statistics;

/// <summary>
/// A large export of the conversation list, run in the background: asked for by one employee (only they may download
/// it), with the list's filter, order and columns as a query string. Its state is on its row, so a restart resumes it:
/// a queued export is started by the next sweep, and one whose run stopped without finishing is started again.
/// </summary>
public sealed class ListExport
{
    public const int QueryMaxLength = 2000;
    public const int ErrorMaxLength = 500;

    /// <summary>A run that has not finished in this time is taken as stopped (the app restarted) and run again.</summary>
    public static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(10);

    /// <summary>How long a finished file is kept for its download.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    private ListExport()
    {
        Query = string.Empty;
    }

    public ListExport(int employeeId, string query, DateTimeOffset now)
    {
        EmployeeId = employeeId;
        Query = Guard.RequiredText(query, "Query", QueryMaxLength);
        Status = ListExportStatus.Queued;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public int EmployeeId { get; private set; }

    public string Query { get; private set; }

    public ListExportStatus Status { get; private set; }

    /// <summary>Rows written so far (the progress), then in all.</summary>
    public long Rows { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>Why it failed, in English (the notification says it in the employee's language).</summary>
    public string? Error { get; private set; }

    /// <summary>Whether a sweep at <paramref name="now"/> should run it: queued, or its run stopped without finishing.</summary>
    public bool IsDue(DateTimeOffset now) =>
        Status == ListExportStatus.Queued || (Status == ListExportStatus.Running && StartedAt + RunLimit < now);

    public void Finish(long rows, DateTimeOffset now)
    {
        Status = ListExportStatus.Ready;
        Rows = rows;
        FinishedAt = now;
    }

    public void Fail(string error, DateTimeOffset now)
    {
        Status = ListExportStatus.Failed;
        Error = error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
        FinishedAt = now;
    }
}
