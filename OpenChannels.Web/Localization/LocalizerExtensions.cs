using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Localization;

public static class LocalizerExtensions
{
    /// <summary>
    /// A text with a count, in the form the current language uses for it: the resource <c>{key}|one</c>, <c>|few</c>,
    /// <c>|many</c> or <c>|other</c>, falling back to <c>|other</c> (English and Italian need only one and other).
    /// </summary>
    public static string Plural(this IStringLocalizer localizer, string key, long count, params object[] more)
    {
        var form = PluralRules.For(CultureInfo.CurrentUICulture, count);
        var arguments = new object[] { count }.Concat(more).ToArray();
        var found = localizer[$"{key}|{form.ToString().ToLowerInvariant()}", arguments];
        return found.ResourceNotFound ? localizer[$"{key}|other", arguments] : found;
    }

    /// <summary>
    /// A text in a given language rather than the reader's: what a channel says in its own language (O-5), written by a
    /// job or for someone else. The current language is restored afterwards.
    /// </summary>
    public static string In(this IStringLocalizer localizer, string culture, string key, params object[] arguments)
    {
        var reader = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return localizer[key, arguments];
        }
        finally
        {
            CultureInfo.CurrentUICulture = reader;
        }
    }
}
