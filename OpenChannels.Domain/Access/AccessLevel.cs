namespace OpenChannels.Domain.Access;

/// <summary>
/// How far a right reaches, from nothing to everything (P-2). The order is the order of permissiveness, so the most
/// permissive of several levels is the largest (P-3). Each entity offers only some of them (<see cref="Permission"/>).
/// </summary>
public enum AccessLevel
{
    /// <summary>Access refused.</summary>
    None = 0,

    /// <summary>Personal: the employee's own conversations, or their own open channels.</summary>
    Own = 1,

    /// <summary>Personal and department: also those of their department, sub-departments included.</summary>
    Department = 2,

    /// <summary>Any: every conversation, every open channel. For "change access rights", yes.</summary>
    All = 3,
}
