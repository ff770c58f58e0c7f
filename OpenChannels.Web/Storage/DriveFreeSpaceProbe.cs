namespace OpenChannels.Web.Storage;

/// <summary>The free space the operating system reports for the folder's drive (what this process may use).</summary>
public sealed class DriveFreeSpaceProbe : IFreeSpaceProbe
{
    public long AvailableBytes(string folder)
    {
        Directory.CreateDirectory(folder);
        return new DriveInfo(Path.GetFullPath(folder)).AvailableFreeSpace;
    }
}
