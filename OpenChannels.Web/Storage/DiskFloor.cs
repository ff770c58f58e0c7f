namespace OpenChannels.Web.Storage;

/// <summary>
/// H2: the data disk also holds the database and the key ring, so uploads stop while less than
/// <see cref="MinFreeBytes"/> is free (Storage:MinFreeDiskMegabytes; 0 turns the check off).
/// </summary>
public sealed class DiskFloor(long minFreeBytes, IFreeSpaceProbe probe)
{
    public long MinFreeBytes => minFreeBytes;

    public bool IsReached(string folder) => minFreeBytes > 0 && probe.AvailableBytes(folder) < minFreeBytes;
}
