namespace OpenChannels.Domain.Access;

/// <summary>
/// The settings of the whole installation, one row, changed by administrators. Today it holds who must sign in with
/// two factors; nobody is required until an administrator says so.
/// </summary>
public sealed class SiteSettings
{
    /// <summary>The key of the one row.</summary>
    public const int SingleId = 1;

    public int Id { get; private set; } = SingleId;

    public TwoFactorRequirement TwoFactorRequirement { get; private set; } = TwoFactorRequirement.Nobody;

    public void RequireTwoFactor(TwoFactorRequirement requirement)
    {
        if (!Enum.IsDefined(requirement))
        {
            throw new ArgumentOutOfRangeException(nameof(requirement), requirement, "Not a two-factor requirement.");
        }

        TwoFactorRequirement = requirement;
    }

    /// <summary>Whether someone in this role must have two-factor sign-in before using the app.</summary>
    public bool RequiresTwoFactor(bool isAdministrator) => TwoFactorRequirement switch
    {
        TwoFactorRequirement.Everyone => true,
        TwoFactorRequirement.Administrators => isAdministrator,
        _ => false,
    };
}
