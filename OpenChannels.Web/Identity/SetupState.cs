using Microsoft.EntityFrameworkCore;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Identity;

/// <summary>
/// Whether the first administrator exists. Once true it stays true, so after set-up the check costs nothing;
/// until then every request asks the database (another instance may have finished the set-up).
/// </summary>
public sealed class SetupState(IDbContextFactory<OpenChannelsDbContext> contexts)
{
    private volatile bool _complete;

    public async Task<bool> IsCompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_complete)
        {
            return true;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        _complete = await db.Users.AnyAsync(cancellationToken);
        return _complete;
    }

    public void MarkComplete() => _complete = true;
}
