using System.Globalization;
using System.Resources;
using OpenChannels.Domain.Access;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Access;

/// <summary>
/// The predefined roles are stored under their English names and shown in the reader's language (AccessText), so a
/// custom role must not take any of those names: two roles would read the same.
/// </summary>
public static class RoleNames
{
    private static readonly ResourceManager Texts = new(typeof(AccessText));

    private static readonly RoleKind[] PredefinedKinds = [RoleKind.Administrator, RoleKind.Director, RoleKind.Manager];

    /// <summary>Every name a predefined role shows under, in every language of the app: a custom role may take none of them.</summary>
    public static IEnumerable<string> OfPredefinedRoles() =>
        from kind in PredefinedKinds
        let english = Role.Predefined(kind).Name
        from language in UiCultures.All
        select Texts.GetString(english, CultureInfo.GetCultureInfo(language.Name)) ?? english;
}
