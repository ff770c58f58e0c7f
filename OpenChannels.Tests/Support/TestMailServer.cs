using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpenChannels.Tests.Support;

/// <summary>
/// A real mail server for the e-mail connector's tests: smtp4dev (a local dotnet tool of the repository, installed by
/// <c>dotnet tool restore</c>) on free loopback ports, with its settings in a temporary folder and its messages in memory.
/// Everything sent to it by SMTP lands in one INBOX that its IMAP server serves. Stopped, with its folder, on dispose.
/// </summary>
public sealed class TestMailServer : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;
    private string _folder = string.Empty;

    public int SmtpPort { get; private set; }

    public int ImapPort { get; private set; }

    /// <summary>An e-mail connector's settings for this server's mailbox, on plain loopback connections.</summary>
    public OpenChannels.Web.Features.Channels.EmailConnectorForm ConnectorForm(string fromAddress) => new()
    {
        ImapHost = "127.0.0.1",
        ImapPort = ImapPort,
        ImapSecurity = OpenChannels.Web.Connectors.Email.MailSecurity.None,
        ImapUser = "support",
        SmtpHost = "127.0.0.1",
        SmtpPort = SmtpPort,
        SmtpSecurity = OpenChannels.Web.Connectors.Email.MailSecurity.None,
        Password = "mailbox-pass",
        FromAddress = fromAddress,
    };

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("openchannels-smtp4dev-").FullName;
        (SmtpPort, ImapPort) = (FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "tool", "run", "smtp4dev", "--", $"--baseappdatapath={_folder}", "--db=", "--nousersettings", "--hostname=localhost",
            $"--smtpport={SmtpPort}", $"--imapport={ImapPort}", "--pop3port=", $"--urls=http://127.0.0.1:{FreePort()}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // The tool's first run creates its files and database: its ports answer once it is ready.
        await Eventually.ReachAsync(
            async () => _process.HasExited ? throw new InvalidOperationException("smtp4dev stopped: " + string.Join('\n', _output)) : await AcceptsAsync(SmtpPort) && await AcceptsAsync(ImapPort),
            ready => ready,
            "smtp4dev listens on its SMTP and IMAP ports",
            TimeSpan.FromSeconds(90));
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting process: the temporary folder is left to the system.
        }

        return Task.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
            while (_output.Count > 50 && _output.TryDequeue(out _))
            {
            }
        }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Where the tool manifest is: the tool is a local one, found from there.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "dotnet-tools.json")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No dotnet-tools.json above the test binaries: run the tests from the repository.");
    }
}
