using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Consent;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Tests.Domain.Consent;

public sealed class ClientPrerequisitesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WithoutConsentOrForm_TheClientMayWrite()
    {
        var channel = new OpenChannel("Website", Now);

        ClientPrerequisites.TermsOf(channel, null).ShouldBeNull();
        ClientPrerequisites.BeforeWriting(channel, null, [], NewClient()).ShouldBeNull();
    }

    [Fact]
    public void RequiredConsent_AsksTheBuiltInAgreementInTheChannelsLanguage_UntilAccepted()
    {
        var channel = new OpenChannel("Website", Now);
        channel.ChangeOtherSettings(true, true, ChannelLanguage.Polish);
        channel.ChangeConsent(new ConsentSettings(required: true, agreementId: null));
        var terms = ClientPrerequisites.TermsOf(channel, null)!;

        terms.ShouldBe(AgreementTerms.BuiltIn(ChannelLanguage.Polish));
        terms.Title.ShouldBe("Przetwarzanie danych osobowych");
        ClientPrerequisites.BeforeWriting(channel, terms, [], NewClient()).ShouldBe(new ConsentRequired(terms));
        ClientPrerequisites.BeforeWriting(channel, terms, [new ConsentRecord(1, 1, terms, Now)], NewClient()).ShouldBeNull();
    }

    [Fact]
    public void ACustomAgreement_IsAskedInItsCurrentVersion_AndABuiltInIsTheFallbackWhenItIsGone()
    {
        var agreement = new Agreement("Privacy", "One.", Now);
        var channel = new OpenChannel("Website", Now);
        channel.ChangeConsent(new ConsentSettings(required: true, agreementId: 3));

        ClientPrerequisites.TermsOf(channel, null).ShouldBe(AgreementTerms.BuiltIn(ChannelLanguage.English));
        var oldTerms = agreement.Terms;
        agreement.Reword("Privacy", "Two.", Now);
        var terms = ClientPrerequisites.TermsOf(channel, agreement)!;

        terms.ShouldBe(agreement.Terms);
        terms.Version.ShouldBe(2);
        ClientPrerequisites.BeforeWriting(channel, terms, [new ConsentRecord(1, 1, oldTerms, Now)], NewClient()).ShouldBeOfType<ConsentRequired>();
    }

    [Fact]
    public void ConsentComesFirst_ThenTheFormBeforeTheDialog()
    {
        var channel = new OpenChannel("Website", Now);
        channel.ChangeConsent(new ConsentSettings(required: true, agreementId: null));
        channel.ChangeContactForm(new ContactFormSettings(ContactFormMode.BeforeDialog, ContactFieldRule.Required, ContactFieldRule.Optional, ContactFieldRule.Hidden));
        var terms = ClientPrerequisites.TermsOf(channel, null)!;
        var client = NewClient();

        ClientPrerequisites.BeforeWriting(channel, terms, [], client).ShouldBeOfType<ConsentRequired>();
        ClientPrerequisites.BeforeWriting(channel, terms, [new ConsentRecord(1, 1, terms, Now)], client).ShouldBe(new ContactDetailsRequired());
        client.Introduce("Zoé", null, null, Now);
        ClientPrerequisites.BeforeWriting(channel, terms, [new ConsentRecord(1, 1, terms, Now)], client).ShouldBeNull();
    }

    [Fact]
    public void TheFormAfterTheFirstMessage_NeverBlocksWriting_ButIsNeededUntilSent()
    {
        var channel = new OpenChannel("Website", Now);
        channel.ChangeContactForm(new ContactFormSettings(ContactFormMode.AfterFirstMessage, ContactFieldRule.Optional, ContactFieldRule.Optional, ContactFieldRule.Hidden));
        var client = NewClient();

        ClientPrerequisites.BeforeWriting(channel, null, [], client).ShouldBeNull();
        channel.ContactForm.IsNeededBy(client).ShouldBeTrue();
        client.Introduce(null, null, null, Now);
        channel.ContactForm.IsNeededBy(client).ShouldBeFalse("an all-optional form sent empty is still sent");
    }

    private static Client NewClient() => new(connectorId: 1, tokenHash: "hash", Now);
}
