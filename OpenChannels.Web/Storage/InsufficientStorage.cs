using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Storage;

/// <summary>H2: the data disk is down to its floor (Storage:MinFreeDiskMegabytes); files are refused, the API answers 507.</summary>
public sealed record InsufficientStorage()
    : Error("The server is short of storage space, so files cannot be received now. Send text, or try again later.");
