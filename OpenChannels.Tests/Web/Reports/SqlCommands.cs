using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenChannels.Tests.Web.Reports;

/// <summary>
/// The SQL that EF Core sends while the capture is open, from this async flow only (tests run in parallel): what a
/// test reads to prove work is done by the database.
/// </summary>
public sealed class SqlCommands : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<SqlCommands?> Current = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _texts = [];

    private SqlCommands()
    {
        Current.Value = this;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (_texts)
            {
                return [.. _texts];
            }
        }
    }

    public static SqlCommands Capture() => new();

    public void Dispose()
    {
        Current.Value = null;
        _subscriptions.ForEach(s => s.Dispose());
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && Current.Value == this)
        {
            lock (_texts)
            {
                _texts.Add(data.Command.CommandText);
            }
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
