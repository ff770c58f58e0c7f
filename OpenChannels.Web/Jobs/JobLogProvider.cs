using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace OpenChannels.Web.Jobs;

/// <summary>
/// Hangfire's log goes to the app's log. Hangfire keeps its log provider in a static, and the SQLite store asks it for
/// a logger each time it opens a connection; when a host was stopped in the same process (tests, restarts in one
/// process) its logger factory is gone, so those loggers fall back to none instead of failing the store.
/// </summary>
public sealed class JobLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
