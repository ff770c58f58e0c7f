using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Departments;
using OpenChannels.Web.Data;
using OpenChannels.Web.Data.ReadModels;
using OpenChannels.Web.Features.Access;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>The conversation list's filters, joins and orders, all translated to SQL (nothing is filtered in memory).</summary>
internal static class ConversationListSql
{
    public static async Task<IQueryable<Conversation>> FilteredAsync(
        OpenChannelsDbContext db, AccessScope scope, ConversationListFilter filter, CancellationToken cancellationToken)
    {
        var conversations = await StatisticsScope.VisibleAsync(db, scope, cancellationToken);
        if (filter.From is { } from)
        {
            conversations = conversations.Where(c => c.CreatedAt >= from);
        }

        if (filter.Until is { } until)
        {
            conversations = conversations.Where(c => c.CreatedAt < until);
        }

        if (filter.ChannelId is { } channel)
        {
            conversations = conversations.Where(c => c.OpenChannelId == channel);
        }

        if (filter.HolderEmployeeId is { } holder)
        {
            conversations = conversations.Where(c => c.AssignedEmployeeId == holder);
        }

        if (filter.HolderDepartmentId is { } department)
        {
            var tree = new DepartmentTree(await db.Departments.Select(d => new ValueTuple<int, int?>(d.Id, d.ParentId)).ToListAsync(cancellationToken));
            var departments = tree.SelfAndDescendants(department).ToList();
            var members = await db.Employees.Where(e => e.DepartmentId != null && departments.Contains(e.DepartmentId.Value)).Select(e => e.Id).ToListAsync(cancellationToken);
            conversations = conversations.Where(c => c.AssignedEmployeeId != null && members.Contains(c.AssignedEmployeeId.Value));
        }

        if (filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses.ToList();
            conversations = conversations.Where(c => statuses.Contains(c.Status));
        }

        conversations = filter.ClientRating switch
        {
            ClientRatingFilter.Like => conversations.Where(c => c.ClientRating == ClientRating.Like),
            ClientRatingFilter.Dislike => conversations.Where(c => c.ClientRating == ClientRating.Dislike),
            ClientRatingFilter.NotRated => conversations.Where(c => c.ClientRating == null),
            _ => conversations,
        };
        conversations = filter.Stars switch
        {
            0 => conversations.Where(c => c.SupervisorStars == null),
            { } stars => conversations.Where(c => c.SupervisorStars == stars),
            null => conversations,
        };
        conversations = filter.Late switch
        {
            true => conversations.Where(c => c.Responses.LateCount > 0 || c.Responses.LateSince != null),
            false => conversations.Where(c => c.Responses.LateCount == 0 && c.Responses.LateSince == null),
            null => conversations,
        };
        conversations = filter.Spam switch
        {
            true => conversations.Where(c => c.Status == ConversationStatus.Spam),
            false => conversations.Where(c => c.Status != ConversationStatus.Spam),
            null => conversations,
        };

        return string.IsNullOrWhiteSpace(filter.Search) ? conversations : Searched(db, conversations, filter.Search);
    }

    /// <summary>
    /// Words in the client's name, e-mail or phone (a LIKE over clients, one row per client) or in a message's text (the
    /// FTS5 index — never a LIKE over the messages); "#12" or "12" also finds conversation 12.
    /// </summary>
    private static IQueryable<Conversation> Searched(OpenChannelsDbContext db, IQueryable<Conversation> conversations, string search)
    {
        var pattern = SqlLike.Contains(search);
        var number = int.TryParse(search.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
        var clients = db.Clients
            .Where(c => EF.Functions.Like(c.Name, pattern, SqlLike.Escape) || EF.Functions.Like(c.Email, pattern, SqlLike.Escape) || EF.Functions.Like(c.Phone, pattern, SqlLike.Escape))
            .Select(c => c.Id);

        // One set of candidate numbers, so SQLite looks the few matches up by key instead of testing every conversation.
        var candidates = db.Conversations.Where(c => c.Id == number || clients.Contains(c.ClientId)).Select(c => c.Id);
        if (MessageSearch.MatchQuery(search) is { } match)
        {
            candidates = candidates.Union(db.Database.SqlQuery<int>($"""
                SELECT m."ConversationId" AS "Value" FROM "MessagesFts" f JOIN "Messages" m ON m."Id" = f.rowid WHERE "MessagesFts" MATCH {match}
                """));
        }

        return conversations.Where(c => candidates.Contains(c.Id));
    }

    public static IQueryable<ListItem> Items(OpenChannelsDbContext db, IQueryable<Conversation> conversations) =>
        from c in conversations
        join channel in db.OpenChannels on c.OpenChannelId equals channel.Id
        join connector in db.Connectors on c.ConnectorId equals connector.Id
        join client in db.Clients on c.ClientId equals client.Id
        from holder in db.Employees.Where(e => e.Id == c.AssignedEmployeeId).DefaultIfEmpty()
        select new ListItem
        {
            Id = c.Id,
            OpenChannelId = c.OpenChannelId,
            ChannelName = channel.Name,
            Connector = connector.Kind,
            ClientId = c.ClientId,
            ClientName = client.Name,
            HolderId = c.AssignedEmployeeId,
            HolderFirstName = holder == null ? null : holder.FirstName,
            HolderLastName = holder == null ? null : holder.LastName,
            Status = c.Status,
            IsOpen = c.IsOpen,
            OpenedAt = c.CreatedAt,
            ClosedAt = c.ClosedAt,
            Messages = EF.Property<int>(c, MessageSearch.CountColumn),
            ClientRating = c.ClientRating,
            SupervisorStars = c.SupervisorStars,
            InitialSeconds = c.Responses.InitialSeconds,
            ResponseCount = c.Responses.Count,
            TotalSeconds = c.Responses.TotalSeconds,
            MaxSeconds = c.Responses.MaxSeconds,
            LateCount = c.Responses.LateCount + (c.Responses.LateSince != null ? 1 : 0),
        };

    /// <summary>By the column, then by number the same way, so pages never repeat or skip a row.</summary>
    public static IQueryable<ListItem> Sorted(IQueryable<ListItem> items, ListColumn column, bool descending) => column switch
    {
        ListColumn.Number => By(items, i => i.Id, descending),
        ListColumn.Channel => By(items, i => i.ChannelName, descending),
        ListColumn.Connector => By(items, i => i.Connector, descending),
        ListColumn.Client => By(items, i => i.ClientName, descending),
        ListColumn.Holder => By(items, i => i.HolderFirstName + " " + i.HolderLastName, descending),
        ListColumn.Status => By(items, i => i.Status, descending),
        ListColumn.Closed => By(items, i => i.ClosedAt, descending),
        ListColumn.Messages => By(items, i => i.Messages, descending),
        ListColumn.ClientRating => By(items, i => i.ClientRating, descending),
        ListColumn.SupervisorRating => By(items, i => i.SupervisorStars, descending),
        ListColumn.InitialResponse => By(items, i => i.InitialSeconds, descending),
        ListColumn.TotalResponse => By(items, i => i.ResponseCount == 0 ? null : (long?)i.TotalSeconds, descending),
        ListColumn.AverageResponse => By(items, i => i.ResponseCount == 0 ? null : (double?)i.TotalSeconds / i.ResponseCount, descending),
        ListColumn.MaxResponse => By(items, i => i.ResponseCount == 0 ? null : (int?)i.MaxSeconds, descending),
        ListColumn.Late => By(items, i => i.LateCount, descending),
        _ => By(items, i => i.OpenedAt, descending),
    };

    private static IQueryable<ListItem> By<TKey>(IQueryable<ListItem> items, Expression<Func<ListItem, TKey>> key, bool descending) =>
        descending ? items.OrderByDescending(key).ThenByDescending(i => i.Id) : items.OrderBy(key).ThenBy(i => i.Id);
}
