using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Consent;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Consent;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Consent;

/// <summary>C-1 end to end over the public widget API: asked, refused until accepted, recorded, shown to agents.</summary>
public sealed class ConsentTests() : ScenarioTest
{
    private ConsentService Consent => App.Get<ConsentService>();

    [Fact]
    public async Task RequiredConsent_RefusesMessages_UntilAccepted_AndStoresNothingMeanwhile()
    {
        await RequireAsync();
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        var refused = await visitor.SendAsync("m1", "Hello");

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await WidgetVisitor.ProblemAsync(refused);
        problem.GetProperty("code").GetString().ShouldBe("consent-required");
        problem.GetProperty("agreement").GetProperty("title").GetString().ShouldBe("Personal data processing");
        (await App.QueryAsync(db => db.Messages.CountAsync())).ShouldBe(0);
        (await App.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(0);
        (await visitor.StateAsync()).ShouldBe(new(ConsentNeeded: true, ContactFormNeeded: false, MayWrite: false, null, null, null));

        (await visitor.AcceptAsync(AgreementTerms.BuiltInId, 1)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await visitor.SendAsync("m1", "Hello")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await visitor.StateAsync()).MayWrite.ShouldBeTrue();
    }

    [Fact]
    public async Task Config_GivesTheBuiltInAgreement_InTheChannelsLanguage()
    {
        await RequireAsync();
        var other = App.Get<GeneralSettingsService>();
        var form = (await other.GetAsync(Scenario.ChannelId))!;
        form.Language = ChannelLanguage.French;
        (await other.SaveAsync(Scenario.ChannelId, form)).Succeeded.ShouldBeTrue();
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        var config = await visitor.ConfigAsync();

        config.Consent.ShouldBe(new AgreementTerms(0, 1, "Traitement des données personnelles", DefaultTexts.For(ChannelLanguage.French, DefaultText.Consent)));
        config.Phrases!.Accept.ShouldBe("J'accepte");
    }

    [Fact]
    public async Task Acceptance_IsRecordedWithTheWordsSeen_AndAgentsSeeIt()
    {
        var agreementId = (await Consent.CreateAgreementAsync("Privacy notice", "We keep your messages for a year.")).Value;
        await RequireAsync(agreementId);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        (await visitor.AcceptAsync(agreementId, 1)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await visitor.SayAsync("Hi there");

        var record = await App.QueryAsync(db => db.ConsentRecords.SingleAsync());
        (record.AgreementId, record.AgreementVersion, record.Title, record.Text, record.AcceptedAt)
            .ShouldBe((agreementId, 1, "Privacy notice", "We keep your messages for a year.", App.Clock.GetUtcNow()));
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        var details = await App.Get<ConversationQueries>().GetAsync(Scenario.Admin, conversation);
        details!.Consent.ShouldBe(new ConsentSummary("Privacy notice", 1, BuiltIn: false, App.Clock.GetUtcNow(), "We keep your messages for a year."));
    }

    [Fact]
    public async Task AcceptingTwice_EvenAtOnce_StoresOneRecord()
    {
        await RequireAsync();
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => visitor.AcceptAsync(0, 1))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.NoContent);
        (await App.QueryAsync(db => db.ConsentRecords.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task RewordedAgreement_IsAskedAgain_AndTheEarlierAcceptanceStays()
    {
        var agreementId = (await Consent.CreateAgreementAsync("Privacy notice", "Version one.")).Value;
        await RequireAsync(agreementId);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.AcceptAsync(agreementId, 1);
        await visitor.SayAsync("First");

        (await Consent.RewordAgreementAsync(agreementId, "Privacy notice", "Version two.")).Succeeded.ShouldBeTrue();

        (await visitor.SendAsync("second", "Second")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var outdated = await visitor.AcceptAsync(agreementId, 1);
        outdated.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await WidgetVisitor.ProblemAsync(outdated)).GetProperty("detail").GetString()
            .ShouldBe("The agreement has changed since you opened the chat. Read it again, then accept it.");
        (await visitor.AcceptAsync(agreementId, 2)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await visitor.SendAsync("second", "Second")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await App.QueryAsync(db => db.ConsentRecords.OrderBy(r => r.Id).Select(r => r.Text).ToListAsync())).ShouldBe(["Version one.", "Version two."]);
    }

    [Fact]
    public async Task SavingTheSameWording_KeepsTheVersion()
    {
        var agreementId = (await Consent.CreateAgreementAsync("Privacy notice", "Same words.")).Value;

        (await Consent.RewordAgreementAsync(agreementId, " Privacy notice ", "Same words.")).Succeeded.ShouldBeTrue();

        (await Consent.AgreementsAsync()).ShouldHaveSingleItem().Version.ShouldBe(1);
    }

    [Fact]
    public async Task AnAgreementInUse_CannotBeDeleted_AndAcceptancesOutliveIt()
    {
        var agreementId = (await Consent.CreateAgreementAsync("Privacy notice", "Words.")).Value;
        await RequireAsync(agreementId);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.AcceptAsync(agreementId, 1);

        (await Consent.DeleteAgreementAsync(agreementId)).ShouldFail().Message.ShouldBe("Website asks for this agreement. Choose another agreement there first.");

        await RequireAsync(AgreementTerms.BuiltInId);
        (await Consent.DeleteAgreementAsync(agreementId)).Succeeded.ShouldBeTrue();
        (await App.QueryAsync(db => db.ConsentRecords.CountAsync())).ShouldBe(1);
        (await visitor.StateAsync()).ConsentNeeded.ShouldBeTrue("the built-in agreement is another agreement");
    }

    [Fact]
    public async Task WithoutConsent_NothingIsAsked_AndAcceptingIsAConflict()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        (await visitor.ConfigAsync()).Consent.ShouldBeNull();
        (await visitor.StateAsync()).ConsentNeeded.ShouldBeFalse();
        (await visitor.AcceptAsync(0, 1)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await visitor.SendAsync("m", "Hello")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task SavingAnUnknownAgreement_IsRefused()
    {
        var saved = await Consent.SaveAsync(Scenario.ChannelId, new ConsentForm { Required = true, AgreementId = 999 });

        saved.ShouldFail().Message.ShouldBe("That agreement no longer exists. Choose another one.");
        (await App.QueryAsync(db => db.OpenChannels.Select(c => c.ConsentRequired).SingleAsync())).ShouldBeFalse();
    }

    private async Task RequireAsync(int agreementId = AgreementTerms.BuiltInId)
    {
        var form = (await Consent.GetAsync(Scenario.ChannelId))!;
        (form.Required, form.AgreementId) = (true, agreementId);
        (await Consent.SaveAsync(Scenario.ChannelId, form)).Succeeded.ShouldBeTrue();
    }
}
