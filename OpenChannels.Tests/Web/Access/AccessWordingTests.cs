using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Access;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Localization;

namespace OpenChannels.Tests.Web.Access;

/// <summary>
/// P-2: every entity, level, section and source the editor shows is a text of its resources, and the levels an entity
/// offers read differently in each language (ResourceParityTests checks that each text has its translations).
/// </summary>
public sealed class AccessWordingTests
{
    [Fact]
    public void EveryEntityLevelAndSection_HasItsText_InEveryLanguage()
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var text = new Recording(services.GetRequiredService<IStringLocalizer<AccessText>>());
        var original = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in UiCultures.All)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language.Name);
                var sections = text.Sections();
                sections.SelectMany(s => s.Permissions).ShouldBe(Permissions.All, ignoreOrder: true, "each entity in one section");
                foreach (var permission in Permissions.All)
                {
                    text.PermissionName(permission).ShouldNotBeNullOrWhiteSpace();
                    text.PermissionHelp(permission).ShouldNotBeNullOrWhiteSpace();
                    var levels = Permissions.LevelsOf(permission).Select(l => text.LevelName(permission, l)).ToList();
                    levels.ShouldBeUnique($"{language.Name}: the levels of {permission} read differently");
                }

                foreach (var kind in Enum.GetValues<HolderKind>())
                {
                    text.HolderKindName(kind);
                    text.Source(new GrantedRole(Role.Predefined(RoleKind.Director), kind, "Sales"));
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }

        text.Missing.ShouldBeEmpty();
    }

    /// <summary>The app's localizer, noting every text it does not find.</summary>
    private sealed class Recording(IStringLocalizer<AccessText> inner) : IStringLocalizer<AccessText>
    {
        public List<string> Missing { get; } = [];

        public LocalizedString this[string name] => Note(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Note(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Note(LocalizedString found)
        {
            if (found.ResourceNotFound)
            {
                Missing.Add($"{CultureInfo.CurrentUICulture.Name}: {found.Name}");
            }

            return found;
        }
    }
}
