namespace OpenChannels.Web.Data;

/// <summary>
/// The data folder holds the key ring that signs every session: on Linux and macOS it should be the app's user's alone.
/// New folders are made so; existing ones are left as the operator made them, with a warning at start-up when other
/// users may read, enter or write them. Windows folders inherit their ACLs and are not checked.
/// </summary>
public static class DataFolderPermissions
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode Others =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates <paramref name="path"/> (and any missing parent) for the app's user only, when it does not exist.</summary>
    public static void CreatePrivate(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnly);
        }
    }

    /// <summary>Logs a warning for the data folder and its keys/ when other users than the app's may reach into them.</summary>
    public static WebApplication WarnIfDataFolderIsOpen(this WebApplication app)
    {
        if (OperatingSystem.IsWindows())
        {
            return app;
        }

        var folder = app.Services.GetRequiredService<DataFolder>();
        foreach (var path in new[] { folder.Root, folder.Keys }.Where(Directory.Exists))
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & Others) != 0)
            {
                app.Logger.LogWarning(
                    "The folder {Path} is open to other users than the app's own (mode {Mode}); it holds the key ring that signs every session. Make it the app's user's alone (chmod 700).",
                    path,
                    Convert.ToString((int)mode, 8));
            }
        }

        return app;
    }
}
