using System.Globalization;
using OpenChannels.Web.Localization;

namespace OpenChannels.Tests.Localization;

public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("en", 0, PluralForm.Other)]
    [InlineData("en", 1, PluralForm.One)]
    [InlineData("en", 2, PluralForm.Other)]
    [InlineData("it", 1, PluralForm.One)]
    [InlineData("it", 11, PluralForm.Other)]
    [InlineData("fr", 0, PluralForm.One)]
    [InlineData("fr", 1, PluralForm.One)]
    [InlineData("fr", 2, PluralForm.Other)]
    [InlineData("pl", 1, PluralForm.One)]
    [InlineData("pl", 2, PluralForm.Few)]
    [InlineData("pl", 4, PluralForm.Few)]
    [InlineData("pl", 5, PluralForm.Many)]
    [InlineData("pl", 12, PluralForm.Many)]
    [InlineData("pl", 14, PluralForm.Many)]
    [InlineData("pl", 22, PluralForm.Few)]
    [InlineData("pl", 25, PluralForm.Many)]
    [InlineData("pl", 0, PluralForm.Many)]
    [InlineData("pl", 112, PluralForm.Many)]
    [InlineData("pl", 1002, PluralForm.Few)]
    public void EachLanguage_PicksItsForm(string language, long count, PluralForm form) =>
        PluralRules.For(CultureInfo.GetCultureInfo(language), count).ShouldBe(form);
}
