using OpenChannels.Domain.Common;
using OpenChannels.Domain.Consent;

namespace OpenChannels.Tests.Domain.Consent;

public sealed class AgreementTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_IsVersionOne_WithTrimmedWords()
    {
        var agreement = new Agreement(" Privacy ", " We keep your data. ", Now);

        agreement.Terms.ShouldBe(new AgreementTerms(0, 1, "Privacy", "We keep your data."));
        agreement.ChangedAt.ShouldBe(Now);
    }

    [Fact]
    public void Reword_WithNewWords_IsTheNextVersion_AndTheSameWordsChangeNothing()
    {
        var agreement = new Agreement("Privacy", "One.", Now);

        agreement.Reword("Privacy", "One.", Now.AddDays(1));
        agreement.Version.ShouldBe(1);
        agreement.ChangedAt.ShouldBe(Now);

        agreement.Reword("Privacy", "Two.", Now.AddDays(2));
        agreement.Version.ShouldBe(2);
        agreement.ChangedAt.ShouldBe(Now.AddDays(2));
        agreement.Reword("Privacy policy", "Two.", Now.AddDays(3));
        agreement.Version.ShouldBe(3);
    }

    [Theory]
    [InlineData("", "Text", "Title is required.")]
    [InlineData("Title", "  ", "Text is required.")]
    public void New_WithoutTitleOrText_IsRefused(string title, string text, string message)
    {
        Should.Throw<DomainRuleViolated>(() => new Agreement(title, text, Now)).Message.ShouldBe(message);
    }

    [Fact]
    public void Terms_AreCoveredOnlyByAnAcceptanceOfTheSameVersion()
    {
        var terms = new AgreementTerms(7, 2, "Privacy", "Two.");

        terms.IsCoveredBy(new ConsentRecord(1, 1, terms, Now)).ShouldBeTrue();
        terms.IsCoveredBy(new ConsentRecord(1, 1, terms with { Version = 1 }, Now)).ShouldBeFalse();
        terms.IsCoveredBy(new ConsentRecord(1, 1, terms with { AgreementId = 8 }, Now)).ShouldBeFalse();
    }
}
