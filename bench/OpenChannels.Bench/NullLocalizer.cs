using Microsoft.Extensions.Localization;
using OpenChannels.Web.Features.Statistics;

namespace OpenChannels.Bench;

/// <summary>The export's words as their keys: the bench measures writing, not looking texts up.</summary>
public sealed class NullLocalizer : IStringLocalizer<StatisticsText>
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
