using System.Collections.Concurrent;
using System.Threading.Channels;

namespace OpenChannels.Web.Realtime;

/// <summary>
/// In-process events for visitors' widgets, by client. Each open widget (tab) has a bounded queue; a widget
/// that cannot keep up loses its oldest events and catches up by re-reading its history on reconnect.
/// Only what <see cref="Features.Widget.WidgetMessage"/> exposes is ever put here: never a note.
/// </summary>
public sealed class ClientFeed
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<Guid, Channel<ClientEvent>>> _byClient = new();
    private readonly Lock _gate = new();

    public (ChannelReader<ClientEvent> Events, IDisposable Subscription) Subscribe(int clientId)
    {
        var channel = Channel.CreateBounded<ClientEvent>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        var id = Guid.NewGuid();
        ConcurrentDictionary<Guid, Channel<ClientEvent>> tabs;
        lock (_gate)
        {
            tabs = _byClient.GetOrAdd(clientId, _ => new ConcurrentDictionary<Guid, Channel<ClientEvent>>());
            tabs[id] = channel;
        }

        return (channel.Reader, new Subscription(() =>
        {
            // The client's entry goes with their last tab, so visitors who left hold no memory.
            lock (_gate)
            {
                tabs.TryRemove(id, out _);
                if (tabs.IsEmpty)
                {
                    _byClient.TryRemove(new KeyValuePair<int, ConcurrentDictionary<Guid, Channel<ClientEvent>>>(clientId, tabs));
                }
            }

            channel.Writer.TryComplete();
        }));
    }

    /// <summary>Visitors with at least one open widget.</summary>
    public int ConnectedClients => _byClient.Count;

    public void Publish(int clientId, ClientEvent clientEvent)
    {
        if (_byClient.TryGetValue(clientId, out var tabs))
        {
            foreach (var channel in tabs.Values)
            {
                channel.Writer.TryWrite(clientEvent);
            }
        }
    }

    public int ConnectedTabs(int clientId) => _byClient.TryGetValue(clientId, out var tabs) ? tabs.Count : 0;
}
