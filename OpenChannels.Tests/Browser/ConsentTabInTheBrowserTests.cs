using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

public sealed class ConsentTabInTheBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Administrator_WritesAnAgreement_AndAsksForItInTheLiveChat()
    {
        var scenario = await Scenario.CreateAsync(App);
        await SignInAsync(Page);
        await OpenChannelTabAsync(scenario.ChannelId, "Consent");
        await Expect(Page.GetByTestId("agreement-preview")).ToContainTextAsync("Personal data processing");

        await Page.GetByText("Ask clients to accept a personal-data agreement before they write").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "New agreement" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.FillFieldAsync("Title", "Privacy at Northwind");
        await dialog.FillFieldAsync("Text", "We keep your chat for one year.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save agreement" }).ClickAsync();
        await Expect(Page.GetByTestId("agreement-preview")).ToContainTextAsync("We keep your chat for one year.");
        await Page.ScreenshotToArtifactsAsync("consent-tab");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save consent" }).ClickAsync();
        await Expect(Page.GetByText("Consent saved.")).ToBeVisibleAsync();

        var channel = await App.QueryAsync(db => db.OpenChannels.Select(c => new { c.ConsentRequired, c.ConsentAgreementId }).SingleAsync());
        channel.ConsentRequired.ShouldBeTrue();
        channel.ConsentAgreementId.ShouldBe(await App.QueryAsync(db => db.Agreements.Select(a => (int?)a.Id).SingleAsync()));

        await using var visitorContext = await NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"/demo?key={scenario.Key}");
        await visitor.Locator("[data-oc=launcher]").ClickAsync();
        await Expect(visitor.Locator("[data-oc=agreement-title]")).ToHaveTextAsync("Privacy at Northwind");
    }
}
