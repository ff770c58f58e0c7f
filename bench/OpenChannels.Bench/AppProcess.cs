using System.Diagnostics;
using System.Net;

namespace OpenChannels.Bench;

/// <summary>
/// The real OpenChannels app as its own process, from the build output, on a temporary data folder and a loopback port
/// the app itself takes (port 0, read back from its log: a port picked beforehand could be taken meanwhile by another
/// process, whose answer to the health check would be mistaken for this app's), configured as in production (Production environment, background jobs on). Only the widget's
/// per-visitor rate limit is lifted: every simulated visitor shares one address here.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string AdminEmail = "admin@bench.test";
    public const string AdminPassword = "bench-pass-123";

    private readonly Process _process;
    private readonly bool _ownsFolder;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _lockedErrors;

    private AppProcess(Process process, string dataFolder, bool ownsFolder)
    {
        _process = process;
        DataFolder = dataFolder;
        _ownsFolder = ownsFolder;
    }

    public string DataFolder { get; }

    public string DatabasePath => Path.Combine(DataFolder, "openchannels.db");

    /// <summary>Where the app listens; known once <see cref="StartAsync"/> returns.</summary>
    public Uri Address { get; private set; } = default!;

    public int ProcessId => _process.Id;

    /// <summary>Stands for the app's data folder in the value of a setting given to <see cref="StartAsync"/>.</summary>
    public const string DataFolderPlaceholder = "{data}";

    public string JobsDatabasePath => Path.Combine(DataFolder, "jobs.db");

    /// <summary>
    /// Starts the app on <paramref name="dataFolder"/> (a new temporary one by default, deleted with this object), with
    /// extra settings as environment variables (<c>Jobs__Store</c>…; <see cref="DataFolderPlaceholder"/> in a value is
    /// replaced by the data folder) and the environment's name.
    /// </summary>
    public static async Task<AppProcess> StartAsync(
        string? dataFolder = null, IReadOnlyDictionary<string, string>? settings = null, string environment = "Production")
    {
        var app = WebAppPath();
        var ownsFolder = dataFolder is null;
        dataFolder ??= Directory.CreateTempSubdirectory("openchannels-bench-app-").FullName;
        var start = new ProcessStartInfo("dotnet", $"\"{app}\"")
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Storage__DataDirectory"] = dataFolder;
        start.Environment["Bootstrap__AdminEmail"] = AdminEmail;
        start.Environment["Bootstrap__AdminPassword"] = AdminPassword;
        start.Environment["Bootstrap__AdminName"] = "Bench Admin";
        start.Environment["Widget__RequestsPerMinute"] = "100000000";
        start.Environment["Widget__Burst"] = "100000000";
        start.Environment["Widget__SessionsPerHour"] = "1000000";
        start.Environment["Widget__SessionBurst"] = "1000000";
        start.Environment["Widget__UploadsPerVisitorPerDay"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value.Replace(DataFolderPlaceholder, dataFolder, StringComparison.Ordinal);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var running = new AppProcess(process, dataFolder, ownsFolder);
        process.OutputDataReceived += (_, e) => running.Log(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrEmpty(e.Data))
            {
                running.Log(e.Data);
                Console.Error.WriteLine($"[app] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await running.WaitUntilHealthyAsync();
        return running;
    }

    /// <summary>The lines of the app's log (standard output and error) that mention a busy or locked database.</summary>
    public int LockedErrors => Volatile.Read(ref _lockedErrors);

    private void Log(string? line)
    {
        const string Listening = "Now listening on: ";
        if (line?.IndexOf(Listening, StringComparison.Ordinal) is >= 0 and var at)
        {
            _listening.TrySetResult(new Uri(line[(at + Listening.Length)..].Trim() + "/"));
        }


        if (line is not null && (line.Contains("database is locked", StringComparison.OrdinalIgnoreCase) ||
            line.Contains("SQLITE_BUSY", StringComparison.OrdinalIgnoreCase) || line.Contains("database is busy", StringComparison.OrdinalIgnoreCase)))
        {
            Interlocked.Increment(ref _lockedErrors);
        }
    }

    /// <summary>Ends the process at once (SIGKILL), as a power cut or the OOM killer would: no graceful stop.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Resident memory of the app process (VmRSS), in bytes.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    /// <summary>
    /// Live managed memory of the app: dotnet-gcdump (from the repository's tool manifest) forces a full collection and
    /// counts what survives — unlike the resident size, free of whatever the GC keeps in reserve. The dump is kept at
    /// <paramref name="keepAs"/> when given, for <c>dotnet-gcdump report</c>.
    /// </summary>
    public async Task<long> LiveHeapBytesAsync(string? keepAs = null)
    {
        var dump = keepAs ?? Path.Combine(DataFolder, $"heap-{Guid.NewGuid():N}.gcdump");
        await ToolAsync($"dotnet-gcdump collect -p {_process.Id} -o \"{dump}\"");
        var report = await ToolAsync($"dotnet-gcdump report \"{dump}\"");
        if (keepAs is null)
        {
            File.Delete(dump);
        }

        var line = report.Split('\n').FirstOrDefault(l => l.Contains("GC Heap bytes", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"dotnet-gcdump gave no heap size: {report}");
        return long.Parse(line.Trim().Split(' ')[0], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> ToolAsync(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", $"tool run {arguments}")
        {
            WorkingDirectory = BenchRunner.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var tool = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet tool run.");
        var output = tool.StandardOutput.ReadToEndAsync();
        var error = tool.StandardError.ReadToEndAsync();
        await tool.WaitForExitAsync();
        return tool.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"dotnet tool run {arguments} failed ({tool.ExitCode}); run `dotnet tool restore` first. {await error}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process; the temporary folder is left for the system to clean.
        }
    }

    /// <summary>The app's build output of the same configuration as this tool (Release for figures, Debug in the smoke test).</summary>
    public static string WebAppPath()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var path = Path.Combine(BenchRunner.RepositoryRoot(), "OpenChannels.Web", "bin", configuration, "net10.0", "OpenChannels.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the app first ({configuration}): {path} is missing.");
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (!_listening.Task.IsCompleted)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting.");
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException("The app did not listen within 90 s.");
            }

            await Task.WhenAny(_listening.Task, Task.Delay(250));
        }

        Address = await _listening.Task;
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting.");
            }

            try
            {
                if ((await http.GetAsync("health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The app did not become healthy within 90 s.");
    }
}
