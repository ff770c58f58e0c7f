using OpenChannels.Domain.Crm;
using PhoneNumbers;

namespace OpenChannels.Web.Features.CrmLinks;

/// <summary>
/// Typed phones to E.164 with the reference phone library: separators, national prefixes and the <c>00</c> form are
/// understood; a number without a country code is read in the configured default region, when there is one.
/// </summary>
public sealed class PhoneNumberParser(CrmSettings settings) : IPhoneNumbers
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public string? ToE164(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }

        try
        {
            var text = typed.Trim();
            var region = settings.DefaultRegion.Length > 0 ? settings.DefaultRegion : "ZZ";
            var number = Util.Parse(text.StartsWith("00", StringComparison.Ordinal) ? "+" + text[2..] : text, region);
            return Util.IsPossibleNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
