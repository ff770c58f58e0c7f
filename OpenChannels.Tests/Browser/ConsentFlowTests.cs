using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Consent;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>C-1 and A-2 as a visitor meets them in the widget, and what the agent then sees.</summary>
public sealed class ConsentFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string AgreementText = "We keep your messages for one year.\n<b>Not bold</b>: shown as text.";

    [Fact]
    public async Task Visitor_DeclinesThenAccepts_WritesAfterwards_AndTheAgentSeesTheAcceptance()
    {
        var scenario = await Scenario.CreateAsync(App);
        var consent = App.Get<ConsentService>();
        var agreementId = (await consent.CreateAgreementAsync("Privacy notice", AgreementText)).Value;
        (await consent.SaveAsync(scenario.ChannelId, new ConsentForm { Required = true, AgreementId = agreementId })).Succeeded.ShouldBeTrue();

        await using var visitorContext = await NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"/demo?key={scenario.Key}");
        await visitor.Locator("[data-oc=launcher]").ClickAsync();

        await Expect(visitor.Locator("[data-oc=agreement-title]")).ToHaveTextAsync("Privacy notice");
        await Expect(visitor.Locator("[data-oc=agreement-text]")).ToHaveTextAsync(AgreementText);
        await Expect(visitor.Locator("[data-oc=input]")).ToBeHiddenAsync();
        await visitor.ScreenshotToArtifactsAsync("widget-consent");

        await visitor.Locator("[data-oc=decline]").ClickAsync();
        await Expect(visitor.Locator("[data-oc=declined]")).ToContainTextAsync("You declined the agreement, so the chat stays closed.");
        await Expect(visitor.Locator("[data-oc=input]")).ToBeHiddenAsync();
        (await App.QueryAsync(db => db.ConsentRecords.CountAsync())).ShouldBe(0);

        await visitor.Locator("[data-oc=read-again]").ClickAsync();
        await visitor.Locator("[data-oc=accept]").ClickAsync();
        await visitor.Locator("[data-oc=input]").FillAsync("Hello after accepting");
        await visitor.Locator("[data-oc=send]").ClickAsync();
        await Expect(visitor.Locator("[data-oc=message][data-kind=client]")).ToContainTextAsync("Hello after accepting");
        var record = await App.QueryAsync(db => db.ConsentRecords.SingleAsync());
        (record.AgreementId, record.AgreementVersion, record.Text).ShouldBe((agreementId, 1, AgreementText));

        await SignInAsync(Page);
        await Page.GotoAsync("/contact-center");
        await Page.WaitForInteractiveAsync();
        await Page.Locator("[data-conversation]").First.ClickAsync();
        await Expect(Page.GetByTestId("consent")).ToContainTextAsync("Accepted “Privacy notice” (version 1)");
        await Page.ScreenshotToArtifactsAsync("agent-sees-consent");
    }

    [Fact]
    public async Task ContactFormBeforeTheDialog_NamesTheWrongField_ThenLetsTheVisitorWrite()
    {
        var scenario = await Scenario.CreateAsync(App);
        await scenario.ConfigureAutomaticActionsAsync(f =>
            (f.ContactFormMode, f.ContactName, f.ContactEmail, f.ContactPhone) = (ContactFormMode.BeforeDialog, ContactFieldRule.Required, ContactFieldRule.Required, ContactFieldRule.Optional));

        await Page.GotoAsync($"/demo?key={scenario.Key}");
        await Page.Locator("[data-oc=launcher]").ClickAsync();
        await Page.Locator("[data-oc=contact-name]").FillAsync("Zoé Martin");
        await Page.Locator("[data-oc=contact-email]").FillAsync("zoe@");
        await Page.Locator("[data-oc=contact-send]").ClickAsync();

        await Expect(Page.Locator("[data-oc=contact-email-error]")).ToHaveTextAsync("'zoe@' is not a valid e-mail address.");
        await Expect(Page.Locator("[data-oc=input]")).ToBeHiddenAsync();
        await Page.ScreenshotToArtifactsAsync("widget-contact-form");
        await Page.Locator("[data-oc=contact-email]").FillAsync("zoe@example.com");
        await Page.Locator("[data-oc=contact-send]").ClickAsync();
        await Page.Locator("[data-oc=input]").FillAsync("Hello, this is Zoé");
        await Page.Locator("[data-oc=send]").ClickAsync();

        await Expect(Page.Locator("[data-oc=message][data-kind=client]")).ToContainTextAsync("Hello, this is Zoé");
        var client = await App.QueryAsync(db => db.Clients.SingleAsync());
        (client.Name, client.Email).ShouldBe(("Zoé Martin", "zoe@example.com"));
    }

    [Fact]
    public async Task ContactFormAfterTheFirstMessage_ShowsInTheChat_AndCanBeSkipped()
    {
        var scenario = await Scenario.CreateAsync(App);
        await scenario.ConfigureAutomaticActionsAsync(f => f.ContactFormMode = ContactFormMode.AfterFirstMessage);

        await Page.GotoAsync($"/demo?key={scenario.Key}");
        await Page.Locator("[data-oc=launcher]").ClickAsync();
        await Expect(Page.Locator("[data-oc=contact-form]")).ToHaveCountAsync(0);
        await Page.Locator("[data-oc=input]").FillAsync("First question");
        await Page.Locator("[data-oc=send]").ClickAsync();

        await Expect(Page.Locator("[data-oc=contact-form]")).ToBeVisibleAsync();
        await Page.ScreenshotToArtifactsAsync("widget-contact-form-inline");
        await Page.Locator("[data-oc=contact-skip]").ClickAsync();
        await Expect(Page.Locator("[data-oc=contact-form]")).ToHaveCountAsync(0);
        await Page.Locator("[data-oc=input]").FillAsync("Second question");
        await Page.Locator("[data-oc=send]").ClickAsync();
        await Expect(Page.Locator("[data-oc=message][data-kind=client]")).ToHaveCountAsync(2);
        await Expect(Page.Locator("[data-oc=contact-form]")).ToHaveCountAsync(0);
    }
}
