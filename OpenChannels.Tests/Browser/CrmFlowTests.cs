using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Domain.Access;
using OpenChannels.Tests.Support;
using OpenChannels.Tests.Web.Crm;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>
/// CRM-1, CRM-2, M-5, P-4 as people live them: an agent saves the client to the CRM from the conversation and makes a
/// deal of it; a colleague with CRM access only opens the conversation from the deal's card and reads it.
/// </summary>
public sealed partial class CrmFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AnAgentSavesTheClientAndADeal_AndACrmOnlyColleagueOpensTheConversationFromTheDeal()
    {
        var scenario = await Scenario.CreateAsync(App, "Website", "Bea");
        var bea = await App.EmployeeIdAsync("bea@example.test");
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, bea);
        var eve = await scenario.AddAgentAsync("Eve");
        await App.GiveCrmOnlyRoleAsync(eve, AccessLevel.All, AccessLevel.None);
        var conversation = await scenario.ConversationAsync("I'd like a new kitchen, can you call me?", heldBy: bea);

        await SignInAsync(Page, "bea@example.test", "agent-pass-1");
        await Page.GotoAsync($"/contact-center/{conversation}");
        await Page.WaitForInteractiveAsync();
        await Expect(Page.GetByTestId("crm-bar")).ToContainTextAsync("Not in the CRM");
        await Page.GetByTestId("crm-create-deal").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name").FillAsync("Ann Lee");
        await dialog.GetByLabel("E-mail").FillAsync("ann@example.com");
        await dialog.GetByLabel("Phone").FillAsync("+33 6 12 34 56 78");
        await dialog.GetByLabel("Deal title").FillAsync("New kitchen");
        await dialog.GetByLabel("Amount").FillAsync("12500");
        await Page.ScreenshotToArtifactsAsync("crm-save-dialog");
        await dialog.GetByTestId("crm-save-confirm").ClickAsync();

        await Expect(Page.GetByTestId("crm-contact")).ToContainTextAsync("Ann Lee");
        await Expect(Page.GetByTestId("crm-deal")).ToContainTextAsync("New kitchen");
        await Page.ScreenshotToArtifactsAsync("crm-conversation-bar");
        var deal = await App.QueryAsync(db => db.CrmDeals.SingleAsync());
        (deal.Amount, deal.ResponsibleId).ShouldBe((12500m, bea));
        (await App.QueryAsync(db => db.CrmContacts.SingleAsync())).Phones.ShouldBe(["+33612345678"]);

        await using var eveContext = await NewContextAsync();
        var evePage = await eveContext.NewPageAsync();
        await SignInAsync(evePage, "eve@example.test", "agent-pass-1");
        await evePage.GotoAsync($"/crm/deals/{deal.Id}");
        await evePage.WaitForInteractiveAsync();
        await Expect(evePage.GetByText("New kitchen").First).ToBeVisibleAsync();
        await evePage.ScreenshotToArtifactsAsync("crm-deal-card");
        await evePage.GetByTestId("crm-open-conversation").First.ClickAsync();

        await Expect(evePage).ToHaveURLAsync(ConversationUrl());
        await Expect(evePage.Locator("[data-conversation-pane]")).ToContainTextAsync("I'd like a new kitchen, can you call me?");
        await evePage.ScreenshotToArtifactsAsync("crm-conversation-from-deal");
    }

    [GeneratedRegex("/contact-center/\\d+$")]
    private static partial Regex ConversationUrl();
}
