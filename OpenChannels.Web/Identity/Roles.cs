namespace OpenChannels.Web.Identity;

/// <summary>Role names stored in Identity. The full access-rights model (SPEC P) builds on these.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
}
