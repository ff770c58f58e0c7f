using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>
/// The supervisors' conversation list (K-3, P-2 "statistics"): pages of the conversations the viewer may count, filtered
/// and sorted in SQL, the same rows streamed for the export, and the columns each person chose.
/// </summary>
public sealed class ConversationListService(
    IDbContextFactory<OpenChannelsDbContext> contexts,
    AccessScopes scopes,
    IStringLocalizer<ConversationsText> text)
{
    public async Task<Result<ConversationListSlice>> PageAsync(Viewer viewer, ConversationListQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Filter.Validate() is { Succeeded: false } invalid)
        {
            return invalid.Error;
        }

        if (query.PageSize is < 1 or > ConversationListQuery.MaxPageSize || query.Page < 0)
        {
            return new InvalidInput("PageSize", "A page holds 1 to {0} rows.", ConversationListQuery.MaxPageSize);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await scopes.OfAsync(viewer.EmployeeId, cancellationToken);
        var filtered = await ConversationListSql.FilteredAsync(db, scope, query.Filter, cancellationToken);
        var total = await filtered.CountAsync(cancellationToken);
        var items = await ConversationListSql.Sorted(ConversationListSql.Items(db, filtered), query.SortBy, query.Descending)
            .Skip(query.Page * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new ConversationListSlice(await RowsAsync(db, scope, items, cancellationToken), total);
    }

    /// <summary>How many conversations the filter finds (what an export would write).</summary>
    public async Task<Result<int>> CountAsync(Viewer viewer, ConversationListFilter filter, CancellationToken cancellationToken = default)
    {
        if (filter.Validate() is { Succeeded: false } invalid)
        {
            return invalid.Error;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await scopes.OfAsync(viewer.EmployeeId, cancellationToken);
        return await (await ConversationListSql.FilteredAsync(db, scope, filter, cancellationToken)).CountAsync(cancellationToken);
    }

    /// <summary>
    /// Every row the filter finds, in the list's order, streamed from one read (WAL lets writers go on meanwhile): memory
    /// stays the same for any number of rows. The rows carry no actions. Validate the filter first.
    /// </summary>
    public async IAsyncEnumerable<ConversationListRow> AllAsync(
        Viewer viewer, ConversationListFilter filter, ListColumn sortBy, bool descending, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var scope = await scopes.OfAsync(viewer.EmployeeId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = await ConversationListSql.FilteredAsync(db, scope, filter, cancellationToken);
        await foreach (var item in ConversationListSql.Sorted(ConversationListSql.Items(db, filtered), sortBy, descending).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return RowOf(item, mayOpen: false, mayJoin: false, mayRate: false);
        }
    }

    /// <summary>What the filters offer, by name.</summary>
    public async Task<ListChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var channels = await db.OpenChannels.Where(ch => ch.IsActive).OrderBy(ch => ch.Name).Select(ch => new ListChoice(ch.Id, ch.Name)).ToListAsync(cancellationToken);
        var employees = (await db.Employees.OrderBy(e => e.FirstName).ThenBy(e => e.LastName).ToListAsync(cancellationToken))
            .Select(e => new ListChoice(e.Id, e.FullName)).ToList();
        var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new ListChoice(d.Id, d.Name)).ToListAsync(cancellationToken);
        return new ListChoices(channels, employees, departments);
    }

    /// <summary>The columns the person chose, or the default ones.</summary>
    public async Task<IReadOnlyList<ListColumn>> ColumnsAsync(Viewer viewer)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return ListColumns.Parse(await db.Users.Where(u => u.EmployeeId == viewer.EmployeeId).Select(u => u.ConversationListColumns).FirstOrDefaultAsync());
    }

    /// <summary>Keeps the person's choice of columns; at least one must stay.</summary>
    public async Task<Result> SaveColumnsAsync(Viewer viewer, IReadOnlyCollection<ListColumn> columns)
    {
        if (columns.Count == 0)
        {
            return new InvalidInput("Columns", "Choose at least one column.");
        }

        if (columns.Any(c => !Enum.IsDefined(c)))
        {
            return new InvalidInput("Columns", "Unknown column.");
        }

        await using var db = await contexts.CreateDbContextAsync();
        var stored = ListColumns.Format(columns);
        await db.Users.Where(u => u.EmployeeId == viewer.EmployeeId).ExecuteUpdateAsync(s => s.SetProperty(u => u.ConversationListColumns, stored));
        return Result.Ok;
    }

    /// <summary>The page's rows, with what the viewer may do to each (decided as the messenger decides it, per row).</summary>
    private async Task<IReadOnlyList<ConversationListRow>> RowsAsync(
        OpenChannelsDbContext db, AccessScope scope, List<ListItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id).ToList();
        var channelIds = items.Select(i => i.OpenChannelId).Distinct().ToList();
        var channels = await db.OpenChannels.AsNoTracking().Where(ch => channelIds.Contains(ch.Id)).ToDictionaryAsync(ch => ch.Id, cancellationToken);
        var invited = await db.Conversations.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, People = c.Participants.Select(p => p.EmployeeId).ToList() })
            .ToDictionaryAsync(c => c.Id, c => c.People, cancellationToken);
        var answered = (await db.Messages.Where(m => ids.Contains(m.ConversationId) && m.AuthorEmployeeId != null && m.Kind == MessageKind.Agent)
                .Select(m => new { m.ConversationId, EmployeeId = m.AuthorEmployeeId!.Value })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.ConversationId, p => p.EmployeeId);

        return items.Select(i =>
        {
            var standing = scope.StandingTo(i.HolderId, invited.GetValueOrDefault(i.Id, []).Concat(answered[i.Id]), channels[i.OpenChannelId]);
            return RowOf(
                i,
                ConversationAccess.MaySee(scope.Rights, standing),
                i.IsOpen && ConversationAccess.MayJoin(scope.Rights, standing),
                scope.Rights.MayRate(standing.ToConversation));
        }).ToList();
    }

    private ConversationListRow RowOf(ListItem i, bool mayOpen, bool mayJoin, bool mayRate) => new(
        i.Id,
        i.ChannelName,
        i.Connector,
        i.ClientName ?? text["Visitor #{0}", i.ClientId],
        i.HolderId is null ? null : $"{i.HolderFirstName} {i.HolderLastName}".Trim(),
        i.Status,
        i.OpenedAt,
        i.ClosedAt,
        i.Messages,
        i.ClientRating,
        i.SupervisorStars,
        i.InitialSeconds,
        i.ResponseCount == 0 ? null : i.TotalSeconds,
        i.ResponseCount == 0 ? null : (double)i.TotalSeconds / i.ResponseCount,
        i.ResponseCount == 0 ? null : i.MaxSeconds,
        i.LateCount,
        mayOpen,
        mayJoin,
        mayRate);
}
