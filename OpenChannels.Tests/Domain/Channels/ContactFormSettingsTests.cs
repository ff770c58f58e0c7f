using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;

namespace OpenChannels.Tests.Domain.Channels;

public sealed class ContactFormSettingsTests
{
    [Fact]
    public void AFormThatShows_MustAskSomething()
    {
        Should.Throw<DomainRuleViolated>(() => new ContactFormSettings(ContactFormMode.BeforeDialog, ContactFieldRule.Hidden, ContactFieldRule.Hidden, ContactFieldRule.Hidden))
            .Message.ShouldBe("Ask for at least one field: name, e-mail or phone.");
        new ContactFormSettings(ContactFormMode.Off, ContactFieldRule.Hidden, ContactFieldRule.Hidden, ContactFieldRule.Hidden).Mode.ShouldBe(ContactFormMode.Off);
    }

    [Fact]
    public void Check_ReportsEveryField_AndIgnoresFieldsItDoesNotAsk()
    {
        var form = new ContactFormSettings(ContactFormMode.BeforeDialog, ContactFieldRule.Required, ContactFieldRule.Required, ContactFieldRule.Hidden);

        var wrong = form.Check(null, "zoe@", "+33 1 23");
        var right = form.Check(" Zoé ", "Zoe@Example.com", "not asked, not read");

        wrong.Error.ShouldBeOfType<InvalidFields>().Errors.Select(e => e.Field).ShouldBe(["name", "email"]);
        right.Value.ShouldBe(new ContactDetails("Zoé", "zoe@example.com", null));
    }

    [Theory]
    [InlineData("+33 1 23 45 67 89", "+33 1 23 45 67 89")]
    [InlineData("  (022)  555-0199 ", "(022) 555-0199")]
    [InlineData("0612345678", "0612345678")]
    public void Phone_AcceptsTheUsualWritings(string written, string stored)
    {
        PhoneNumber.Normalize(written).ShouldBe(stored);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("call me")]
    [InlineData("1234567890123456")]
    [InlineData("12+3456789")]
    public void Phone_RefusesWhatIsNotANumber(string written)
    {
        Should.Throw<DomainRuleViolated>(() => PhoneNumber.Normalize(written));
    }
}
