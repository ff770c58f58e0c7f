using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>
/// Writes conversation-list rows as CSV with the chosen columns: titles and words in the reader's language, times in
/// their zone, response times in seconds (a number a spreadsheet can sum).
/// </summary>
public static class ListCsv
{
    public static async Task<long> WriteAsync(
        CsvWriter csv, IAsyncEnumerable<ConversationListRow> rows, IReadOnlyList<ListColumn> columns, ListWording words, ViewerTime time,
        Func<long, Task>? progress = null, CancellationToken cancellationToken = default)
    {
        await csv.HeaderAsync(columns.Select(c => Title(c, words)), cancellationToken);
        long written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var column in columns)
            {
                Cell(csv, row, column, words, time);
            }

            await csv.EndRowAsync(cancellationToken);
            if (++written % 1000 == 0 && progress is not null)
            {
                await progress(written);
            }
        }

        return written;
    }

    private static string Title(ListColumn column, ListWording words) => column switch
    {
        ListColumn.InitialResponse or ListColumn.TotalResponse or ListColumn.AverageResponse or ListColumn.MaxResponse => $"{words.Title(column)} (s)",
        _ => words.Title(column),
    };

    private static void Cell(CsvWriter csv, ConversationListRow row, ListColumn column, ListWording words, ViewerTime time)
    {
        switch (column)
        {
            case ListColumn.Number: csv.Number(row.Id); break;
            case ListColumn.Channel: csv.Text(row.ChannelName); break;
            case ListColumn.Connector: csv.Text(words.Connector(row.Connector)); break;
            case ListColumn.Client: csv.Text(row.ClientName); break;
            case ListColumn.Holder: csv.Text(row.HolderName); break;
            case ListColumn.Status: csv.Text(words.Status(row.Status)); break;
            case ListColumn.Opened: csv.Time(row.OpenedAt, time.Zone); break;
            case ListColumn.Closed: csv.Time(row.ClosedAt, time.Zone); break;
            case ListColumn.Messages: csv.Number(row.Messages); break;
            case ListColumn.ClientRating: csv.Text(words.Rating(row.ClientRating)); break;
            case ListColumn.SupervisorRating: csv.Number(row.SupervisorStars); break;
            case ListColumn.InitialResponse: csv.Number(row.InitialResponseSeconds); break;
            case ListColumn.TotalResponse: csv.Number(row.TotalResponseSeconds); break;
            case ListColumn.AverageResponse: csv.Number(row.AverageResponseSeconds); break;
            case ListColumn.MaxResponse: csv.Number(row.MaxResponseSeconds); break;
            default: csv.Number(row.LateCount); break;
        }
    }
}
