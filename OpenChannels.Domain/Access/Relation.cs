namespace OpenChannels.Domain.Access;

/// <summary>
/// How a viewer stands to a conversation or an open channel (docs/decisions/0013): theirs, their department's
/// (sub-departments included), or someone else's. Which one it is comes from the data; whether a level reaches it is
/// <see cref="EffectiveRights.Covers"/>.
/// </summary>
public enum Relation
{
    /// <summary>A conversation they hold or took part in; an open channel whose queue they are in.</summary>
    Own = 1,

    /// <summary>The same for someone of their departments.</summary>
    Department = 2,

    /// <summary>Anything else.</summary>
    Other = 3,
}
