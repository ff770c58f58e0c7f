using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace OpenChannels.Web.Localization;

/// <summary>
/// The languages of the app's own screens: English, French, Italian and Polish. A request's language is the one chosen
/// (the sign-in page's switch, or the profile, kept in a cookie), else the browser's <c>Accept-Language</c>, else English.
/// </summary>
public static class UiCultures
{
    public const string Default = "en";

    /// <summary>Each language, named in itself for the switches.</summary>
    public static IReadOnlyList<UiLanguage> All { get; } =
    [
        new("en", "English"),
        new("fr", "Français"),
        new("it", "Italiano"),
        new("pl", "Polski"),
    ];

    public static bool IsSupported(string? name) => All.Any(l => l.Name == name);

    /// <summary>A channel's language named in itself, for the lists.</summary>
    public static string NativeName(OpenChannels.Domain.Channels.ChannelLanguage language) => All.First(l => l.Name == Of(language)).NativeName;

    /// <summary>The channel language of a culture, when it is one of the four (a visitor's browser, say).</summary>
    public static OpenChannels.Domain.Channels.ChannelLanguage? ChannelLanguageOf(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "en" => OpenChannels.Domain.Channels.ChannelLanguage.English,
        "fr" => OpenChannels.Domain.Channels.ChannelLanguage.French,
        "it" => OpenChannels.Domain.Channels.ChannelLanguage.Italian,
        "pl" => OpenChannels.Domain.Channels.ChannelLanguage.Polish,
        _ => null,
    };

    /// <summary>The culture of a channel's language (O-5): what its live chat and automatic texts speak.</summary>
    public static string Of(OpenChannels.Domain.Channels.ChannelLanguage language) => language switch
    {
        OpenChannels.Domain.Channels.ChannelLanguage.French => "fr",
        OpenChannels.Domain.Channels.ChannelLanguage.Italian => "it",
        OpenChannels.Domain.Channels.ChannelLanguage.Polish => "pl",
        _ => Default,
    };

    /// <summary>The cookie that keeps the chosen language (ASP.NET Core's own format).</summary>
    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    public static string CookieValue(string name) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name));

    /// <summary>Keeps <paramref name="name"/> as this browser's language for a year.</summary>
    public static void Remember(HttpResponse response, string name) =>
        response.Cookies.Append(CookieName, CookieValue(name), new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            IsEssential = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
        });

    /// <summary>The language this request asked for (a cookie or <c>Accept-Language</c>), when it is one of the four; null when none was.</summary>
    public static CultureInfo? AskedFor(HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>() is { Provider: not null } chosen ? chosen.RequestCulture.UICulture : null;

    public static RequestLocalizationOptions RequestOptions()
    {
        var cultures = All.Select(l => new CultureInfo(l.Name)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };

        // The chosen language first, then the browser's; never the query string (links must not change it silently).
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }
}

/// <summary>A language of the UI: its culture name and its name in itself.</summary>
public sealed record UiLanguage(string Name, string NativeName);
