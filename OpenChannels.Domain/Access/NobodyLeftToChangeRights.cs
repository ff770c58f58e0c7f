using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Access;

/// <summary>
/// P-1: someone must always be able to repair the rights, so a change that would leave no employee (dismissed ones do
/// not count) who may change access rights is refused, whoever makes it and however it would happen.
/// </summary>
public sealed record NobodyLeftToChangeRights()
    : Error("Nobody would be left who may change access rights. Give that right to someone else first.");
