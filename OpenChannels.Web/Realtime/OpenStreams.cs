using System.Collections.Concurrent;

namespace OpenChannels.Web.Realtime;

/// <summary>
/// How many live streams each visitor and each agent holds open: a cap keeps one of them from tying up the server's
/// connections and memory. A slot is taken for the life of a stream and given back when it ends.
/// </summary>
public sealed class OpenStreams
{
    /// <summary>Tabs of one visitor, or agent streams of one user, open at once.</summary>
    public const int PerHolder = 10;

    private readonly ConcurrentDictionary<string, int> _open = new();
    private readonly Lock _gate = new();

    /// <summary>A slot for <paramref name="holder"/>, or null when they already hold <see cref="PerHolder"/> streams.</summary>
    public IDisposable? TryOpen(string holder)
    {
        lock (_gate)
        {
            var count = _open.GetValueOrDefault(holder);
            if (count >= PerHolder)
            {
                return null;
            }

            _open[holder] = count + 1;
        }

        return new Subscription(() =>
        {
            lock (_gate)
            {
                if (_open.TryGetValue(holder, out var left) && left > 1)
                {
                    _open[holder] = left - 1;
                }
                else
                {
                    _open.TryRemove(holder, out _);
                }
            }
        });
    }

    /// <summary>Holders with at least one open stream (their entries are released with their last stream).</summary>
    public int Holders => _open.Count;
}
