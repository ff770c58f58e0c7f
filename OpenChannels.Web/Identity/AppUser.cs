using Microsoft.AspNetCore.Identity;

namespace OpenChannels.Web.Identity;

/// <summary>A sign-in account. Every account belongs to exactly one employee.</summary>
public sealed class AppUser : IdentityUser
{
    public int EmployeeId { get; set; }

    /// <summary>The user's light/dark choice; null follows the browser's setting.</summary>
    public bool? PrefersDarkMode { get; set; }

    /// <summary>The time zone the user reads times in (an IANA id); null follows the browser's zone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The language of the app's screens (en, fr, it, pl); null follows the browser.</summary>
    public string? Language { get; set; }

    /// <summary>The columns the user chose for the conversation list (K-3), comma separated; null shows the default ones.</summary>
    public string? ConversationListColumns { get; set; }
}
