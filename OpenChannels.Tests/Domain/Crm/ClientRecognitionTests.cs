using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Crm;

namespace OpenChannels.Tests.Domain.Crm;

/// <summary>Q-8 as seed 003 states it: who is recognised by what, and when a lead may be made of a stranger.</summary>
public sealed class ClientRecognitionTests
{
    private static ClientFacts LiveChat(string? name = null, string? email = null, string? phone = null, int? linked = null) =>
        new(ConnectorKind.LiveChat, name, email, phone, linked);

    [Fact]
    public void AnEarlierConversation_WinsOverEmailAndPhone()
    {
        var recognition = ClientRecognition.Recognise(LiveChat(email: "ann@example.com", linked: 3), byEmail: 5, byPhone: 7);

        recognition.ContactId.ShouldBe(3);
        recognition.By.ShouldBe(RecognisedBy.EarlierConversation);
    }

    [Fact]
    public void TheEmail_WinsOverThePhone_ASharedLineNamesPeopleLessSurely()
    {
        var recognition = ClientRecognition.Recognise(LiveChat(email: "ann@example.com", phone: "+33123456789"), byEmail: 5, byPhone: 7);

        recognition.ContactId.ShouldBe(5);
        recognition.By.ShouldBe(RecognisedBy.Email);
    }

    [Fact]
    public void ThePhone_RecognisesWhenNoEmailMatches()
    {
        var recognition = ClientRecognition.Recognise(LiveChat(phone: "+33123456789"), byEmail: null, byPhone: 7);

        recognition.ContactId.ShouldBe(7);
        recognition.By.ShouldBe(RecognisedBy.Phone);
        recognition.MayCreateLead.ShouldBeFalse();
    }

    [Fact]
    public void ALiveChatVisitorWhoLeftOnlyAName_GetsNoLead_TheyCannotBeReachedAgain()
    {
        var recognition = ClientRecognition.Recognise(LiveChat(name: "Ann"), null, null);

        recognition.Recognised.ShouldBeFalse();
        recognition.MayCreateLead.ShouldBeFalse();
    }

    [Theory]
    [InlineData("ann@example.com", null)]
    [InlineData(null, "+33123456789")]
    public void ALiveChatVisitorWhoLeftAnEmailOrAPhone_MayBecomeALead(string? email, string? phone) =>
        ClientRecognition.Recognise(LiveChat(email: email, phone: phone), null, null).MayCreateLead.ShouldBeTrue();

    [Theory]
    [InlineData(ConnectorKind.Telegram)]
    [InlineData(ConnectorKind.Api)]
    public void AMessengerClient_MayBecomeALead_WithoutContactData_TheMessengerWritesBack(ConnectorKind kind) =>
        ClientRecognition.Recognise(new ClientFacts(kind, null, null, null, null), null, null).MayCreateLead.ShouldBeTrue();

    [Fact]
    public void ACreatedContact_IsNamedAfterTheClient_OrHowTheyWrote()
    {
        ClientRecognition.ContactName(LiveChat(name: "Ann Lee", email: "ann@example.com"), 9).ShouldBe("Ann Lee");
        ClientRecognition.ContactName(LiveChat(email: "ann@example.com"), 9).ShouldBe("ann@example.com");
        ClientRecognition.ContactName(new ClientFacts(ConnectorKind.Telegram, null, null, null, null), 9).ShouldBe("Telegram client #9");
    }

    [Fact]
    public void TheChannelsSource_IsTheConnectorKind_UnlessAFixedSourceIsChosen()
    {
        CrmChannelSettings.Default.SourceFor(ConnectorKind.Telegram).ShouldBe(LeadSource.Telegram);
        new CrmChannelSettings(true, WhenNotRecognised.CreateLead, LeadSource.Website, true, true).SourceFor(ConnectorKind.LiveChat).ShouldBe(LeadSource.Website);
    }

    [Fact]
    public void NotRecognising_CreatesNothing_WhateverWasChosenForStrangers() =>
        new CrmChannelSettings(false, WhenNotRecognised.CreateLead, null, true, true).WhenNotRecognised.ShouldBe(WhenNotRecognised.Nothing);
}
