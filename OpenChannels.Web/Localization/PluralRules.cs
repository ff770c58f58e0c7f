using System.Globalization;

namespace OpenChannels.Web.Localization;

/// <summary>
/// Which plural form a count takes in a language (the CLDR rules for whole numbers): English and Italian have "one"
/// and "other", French counts 0 and 1 as "one", Polish has "one", "few" (2–4, 22–24 …) and "many".
/// </summary>
public static class PluralRules
{
    public static PluralForm For(CultureInfo culture, long count)
    {
        var n = Math.Abs(count);
        return culture.TwoLetterISOLanguageName switch
        {
            "fr" => n is 0 or 1 ? PluralForm.One : PluralForm.Other,
            "pl" when n == 1 => PluralForm.One,
            "pl" when n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 => PluralForm.Few,
            "pl" => PluralForm.Many,
            _ => n == 1 ? PluralForm.One : PluralForm.Other,
        };
    }
}

public enum PluralForm
{
    One,
    Few,
    Many,
    Other,
}
