using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Notifications;
using OpenChannels.Domain.Statistics;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>
/// Large conversation-list exports, run in the background (docs/decisions/0016): asking stores the export's row; the
/// sweep job runs what is due into a file of the data folder, in the asker's language and zone and with their rights at
/// that time, and tells them through the bell — a link to download it, or why it failed. Files are kept a week.
/// </summary>
public sealed class ListExports(
    IDbContextFactory<OpenChannelsDbContext> contexts,
    WritePipeline writes,
    ConversationListService list,
    ListWording words,
    IStringLocalizer<StatisticsText> text,
    DataFolder folder,
    TimeProvider clock,
    ILogger<ListExports> logger)
{
    /// <summary>Up to this many rows the browser downloads the file at once; more run in the background.</summary>
    public const int InBrowserLimit = 10_000;

    public string Folder => Path.Combine(folder.Root, "exports");

    /// <summary>Queues an export of the list as <paramref name="query"/> (its query string) asks for it.</summary>
    public async Task<Result<int>> StartAsync(Viewer viewer, string query)
    {
        var request = ListQueryString.Parse(query);
        if (!request.Succeeded)
        {
            return request.Error;
        }

        await using var db = await contexts.CreateDbContextAsync();
        var export = new ListExport(viewer.EmployeeId, query, clock.GetUtcNow());
        db.ListExports.Add(export);
        await db.SaveChangesAsync();
        return export.Id;
    }

    /// <summary>The file of a ready export, for the employee who asked for it only; null for anyone else.</summary>
    public async Task<string?> FileAsync(Viewer viewer, int exportId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var ready = await db.ListExports.AnyAsync(e => e.Id == exportId && e.EmployeeId == viewer.EmployeeId && e.Status == ListExportStatus.Ready);
        var path = PathOf(exportId);
        return ready && File.Exists(path) ? path : null;
    }

    /// <summary>Runs every export that is due (queued, or whose run stopped), and removes those past a week. How many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await RemoveExpiredAsync(now, cancellationToken);
        List<ListExport> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = (await db.ListExports.AsNoTracking().Where(e => e.Status == ListExportStatus.Queued || e.Status == ListExportStatus.Running).ToListAsync(cancellationToken))
                .Where(e => e.IsDue(now))
                .ToList();
        }

        var ran = 0;
        foreach (var export in due)
        {
            if (await ClaimAsync(export, now, cancellationToken))
            {
                await RunAsync(export, cancellationToken);
                ran++;
            }
        }

        return ran;
    }

    /// <summary>One instance runs each export: the row moves to running only where it is still what this sweep read.</summary>
    private async Task<bool> ClaimAsync(ListExport export, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ListExports
            .Where(e => e.Id == export.Id && e.Status == export.Status && e.StartedAt == export.StartedAt)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ListExportStatus.Running).SetProperty(e => e.StartedAt, now), cancellationToken) == 1;
    }

    private async Task RunAsync(ListExport export, CancellationToken cancellationToken)
    {
        var (language, zone) = await ReaderOfAsync(export.EmployeeId, cancellationToken);
        var reader = CultureInfo.CurrentUICulture;
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var request = ListQueryString.Parse(export.Query);
            var rows = request.Succeeded
                ? await WriteFileAsync(export, request.Value, ViewerTime.For(zone, clock), cancellationToken)
                : throw new InvalidOperationException(request.Error.Message);
            await FinishAsync(export.Id, e => e.Finish(rows, clock.GetUtcNow()), Notification.ExportReady(
                export.EmployeeId, export.Id, text.Plural("Your export of {0} conversations is ready: open this to download it.", rows), clock.GetUtcNow()));
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "The conversation list export {ExportId} failed", export.Id);
            File.Delete(PathOf(export.Id) + ".part");
            var reason = failure is IOException ? text["the file could not be written (is the disk full?)."] : text["an unexpected error occurred."];
            await FinishAsync(export.Id, e => e.Fail(failure.Message, clock.GetUtcNow()), Notification.ExportFailed(
                export.EmployeeId, export.Id, text["Your export of the conversation list failed: {0}", reason], clock.GetUtcNow()));
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (reader, culture);
        }
    }

    /// <summary>Writes beside the final name and renames at the end: a half-written file is never offered.</summary>
    private async Task<long> WriteFileAsync(ListExport export, ListExportRequest request, ViewerTime time, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var part = PathOf(export.Id) + ".part";
        long rows;
        await using (var file = new FileStream(part, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        await using (var csv = new CsvWriter(file))
        {
            var viewer = new Viewer(export.EmployeeId);
            rows = await ListCsv.WriteAsync(
                csv, list.AllAsync(viewer, request.Filter, request.SortBy, request.Descending, cancellationToken), request.Columns, words, time,
                written => ProgressAsync(export.Id, written, cancellationToken), cancellationToken);
        }

        File.Move(part, PathOf(export.Id), overwrite: true);
        return rows;
    }

    private async Task ProgressAsync(int exportId, long rows, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ListExports.Where(e => e.Id == exportId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Rows, rows), cancellationToken);
    }

    /// <summary>The export's outcome and its notification in one transaction, through the pipeline that pushes it to the bell.</summary>
    private Task<Result> FinishAsync(int exportId, Action<ListExport> outcome, Notification notification) =>
        writes.RunAsync(async db =>
        {
            outcome(await db.ListExports.SingleAsync(e => e.Id == exportId));
            db.Notifications.Add(notification);
            return Result.Ok;
        });

    private async Task<(string Language, string? Zone)> ReaderOfAsync(int employeeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.Where(u => u.EmployeeId == employeeId).Select(u => new { u.Language, u.TimeZone }).FirstOrDefaultAsync(cancellationToken);
        return (user?.Language ?? UiCultures.Default, user?.TimeZone);
    }

    private async Task RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var oldest = now - ListExport.KeptFor;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var expired = await db.ListExports.Where(e => e.CreatedAt < oldest).Select(e => e.Id).ToListAsync(cancellationToken);
        foreach (var id in expired)
        {
            File.Delete(PathOf(id));
        }

        await db.ListExports.Where(e => expired.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    private string PathOf(int exportId) => Path.Combine(Folder, $"{exportId.ToString(CultureInfo.InvariantCulture)}.csv");
}
