using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenChannels.Web.Data;

/// <summary>
/// Per-connection settings SQLite does not keep in the file: wait for a busy writer instead of failing at once,
/// and the WAL-appropriate durability level. (journal_mode=WAL itself is stored in the file at start-up.)
/// </summary>
public sealed class SqlitePragmas(int busyTimeoutSeconds) : DbConnectionInterceptor
{
    private readonly string _sql = $"PRAGMA busy_timeout = {busyTimeoutSeconds * 1000}; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
