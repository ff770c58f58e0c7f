namespace OpenChannels.Web.Identity;

/// <summary>Sign-in rules: the section "SignIn" of appsettings.json.</summary>
public sealed class IdentitySettings
{
    public const string Section = "SignIn";

    /// <summary>L12: at least 8 (NIST SP 800-63B); 12 by default. No composition rules.</summary>
    public int PasswordMinLength { get; set; } = 12;

    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a "remember me" sign-in lasts.</summary>
    public int CookieDays { get; set; } = 14;

    /// <summary>Failed sign-ins one client address may make in <see cref="AddressWindowMinutes"/>, across all accounts.</summary>
    public int FailuresPerAddress { get; set; } = 20;

    public int AddressWindowMinutes { get; set; } = 15;

    public IEnumerable<string?> Validate() =>
    [
        Infrastructure.SettingsCheck.Range($"{Section}:PasswordMinLength", PasswordMinLength, 8, 128),
        Infrastructure.SettingsCheck.Range($"{Section}:MaxFailedAttempts", MaxFailedAttempts, 1, 100),
        Infrastructure.SettingsCheck.Range($"{Section}:LockoutMinutes", LockoutMinutes, 1, 1440),
        Infrastructure.SettingsCheck.Range($"{Section}:CookieDays", CookieDays, 1, 365),
        Infrastructure.SettingsCheck.Range($"{Section}:FailuresPerAddress", FailuresPerAddress, 1, 10000),
        Infrastructure.SettingsCheck.Range($"{Section}:AddressWindowMinutes", AddressWindowMinutes, 1, 1440),
    ];
}
