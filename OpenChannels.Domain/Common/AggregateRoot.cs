namespace OpenChannels.Domain.Common;

/// <summary>
/// An entity that records what happened to it while a use case runs. The write pipeline collects the events of every
/// tracked aggregate, commits, then publishes them — so a subscriber never hears of a change that was rolled back.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _events = [];

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    protected void AddDomainEvent(IDomainEvent domainEvent) => _events.Add(domainEvent);

    /// <summary>Adds the event unless one of its type is already waiting (e.g. one "changed" per transaction).</summary>
    protected void AddDomainEventOnce<TEvent>(TEvent domainEvent)
        where TEvent : IDomainEvent
    {
        if (!_events.OfType<TEvent>().Any())
        {
            _events.Add(domainEvent);
        }
    }
}
