using PhoneNumbers;

namespace OpenChannels.Web.Features.CrmLinks;

/// <summary>The operator's CRM settings (the <c>Crm</c> section), checked at start.</summary>
public sealed class CrmSettings
{
    public const string Section = "Crm";

    /// <summary>
    /// The country a phone written without its international prefix belongs to (ISO 3166 code, e.g. FR); empty: such a
    /// phone is refused and must be written with its <c>+</c> and country code.
    /// </summary>
    public string DefaultRegion { get; set; } = string.Empty;

    /// <summary>The currency a new deal starts with (ISO 4217, e.g. EUR).</summary>
    public string DefaultCurrency { get; set; } = "EUR";

    /// <summary>The settings from configuration; a bad value stops the start with a message naming it.</summary>
    public static CrmSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<CrmSettings>() ?? new CrmSettings();
        settings.DefaultRegion = settings.DefaultRegion.Trim().ToUpperInvariant();
        settings.DefaultCurrency = settings.DefaultCurrency.Trim().ToUpperInvariant();
        Infrastructure.SettingsCheck.ThrowIfAny(Section, settings.Validate());
        return settings;
    }

    public IEnumerable<string?> Validate() =>
    [
        DefaultRegion.Length == 0 || PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(DefaultRegion)
            ? null
            : $"{Section}:DefaultRegion must be a country code such as FR, IT or PL, or empty; it is '{DefaultRegion}'.",
        DefaultCurrency.Length == 3 && DefaultCurrency.All(char.IsAsciiLetterUpper)
            ? null
            : $"{Section}:DefaultCurrency must be a three-letter currency code such as EUR; it is '{DefaultCurrency}'.",
    ];
}
