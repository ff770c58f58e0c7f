namespace OpenChannels.Web.Storage;

/// <summary>How much space is free where a folder lives; a port so that a test can fill the disk.</summary>
public interface IFreeSpaceProbe
{
    long AvailableBytes(string folder);
}
