namespace OpenChannels.Domain.Access;

/// <summary>The three roles every installation has (P-1), and the ones administrators make.</summary>
public enum RoleKind
{
    Custom = 0,

    /// <summary>Full access to settings, statistics and conversation history. Its levels cannot be lowered.</summary>
    Administrator = 1,

    /// <summary>The same, without the settings.</summary>
    Director = 2,

    /// <summary>Only their own conversations; no settings.</summary>
    Manager = 3,
}
