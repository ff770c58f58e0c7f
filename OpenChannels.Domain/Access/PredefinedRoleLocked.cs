using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Access;

/// <summary>The Administrator role always has every right, and the predefined roles are never deleted or renamed.</summary>
public sealed record PredefinedRoleLocked()
    : Error("The predefined roles keep their names, and the Administrator role keeps every right. Copy it to make a role of your own.");
