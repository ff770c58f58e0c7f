using System.Runtime.Versioning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenChannels.Tests.Support;
using OpenChannels.Tests.Web.Identity;
using OpenChannels.Web.Data;

namespace OpenChannels.Tests.Web.Data;

/// <summary>The data folder and its key ring are the app's user's alone: made so when new, warned about when not.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class DataFolderPermissionsTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly string _parent = Directory.CreateTempSubdirectory("openchannels-folders-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void ANewDataFolder_AndItsKeys_AreCreatedForTheAppsUserOnly()
    {
        var data = Path.Combine(_parent, "data");

        using var app = new TestApp(dataDirectory: data);
        _ = app.Services;

        File.GetUnixFileMode(data).ShouldBe(OwnerOnly);
        File.GetUnixFileMode(Path.Combine(data, "keys")).ShouldBe(OwnerOnly);
    }

    [Fact]
    public void AFolderOtherUsersCanRead_IsWarnedAboutAtStartUp_AndAPrivateOneIsNot()
    {
        var data = Path.Combine(_parent, "data");
        var logs = new CapturingLoggerProvider();
        var app = new TestApp(dataDirectory: data, services: s => s.AddSingleton<ILoggerProvider>(logs));
        try
        {
            _ = app.Services;
            Warnings(logs).ShouldBeEmpty();

            var keys = Path.Combine(data, "keys");
            File.SetUnixFileMode(keys, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            app = app.Restart();
            _ = app.Services;

            var warning = Warnings(logs).ShouldHaveSingleItem();
            warning.Values["Path"].ShouldBe(keys);
            warning.Values["Mode"].ShouldBe("755");
        }
        finally
        {
            app.Dispose();
        }
    }

    private static List<CapturingLoggerProvider.LogEntry> Warnings(CapturingLoggerProvider logs) =>
        [.. logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("open to other users", StringComparison.Ordinal))];
}
