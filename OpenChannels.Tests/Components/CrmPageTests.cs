using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Crm;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Crm;
using OpenChannels.Web.Features.CrmLinks;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Components;

/// <summary>The CRM page (CRM-1): lists hold only what the viewer may see; the pipeline is edited by administrators.</summary>
public sealed class CrmPageTests : ComponentTestBase
{
    [Fact]
    public async Task ContactsList_ShowsOnlyTheViewersOwnContacts_AndFindsAPhoneTypedInAnotherFormat()
    {
        var scenario = await Scenario.CreateAsync(App);
        var managerId = await scenario.AddAgentAsync("Manon");
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, managerId);
        var crm = App.Get<CrmService>();
        var manon = new CrmPick(managerId, "Manon");
        (await crm.SaveContactAsync(scenario.Admin, null, new CrmContactForm { Name = "Alice Martin", Phones = "+33 1 23 45 67 89", Responsible = manon })).ShouldSucceed();
        (await crm.SaveContactAsync(scenario.Admin, null, new CrmContactForm { Name = "Carla Rossi", Phones = "+39 06 1234 5678", Responsible = manon })).ShouldSucceed();
        (await crm.SaveContactAsync(scenario.Admin, null, new CrmContactForm { Name = "Bruno Admin's", Phones = "+33 1 98 76 54 32" })).ShouldSucceed();
        SignInAs(managerId);

        var page = Render<CrmPage>();

        page.WaitForAssertion(() => Names(page).ShouldBe(["Carla Rossi", "Alice Martin"], ignoreOrder: true));
        var tabs = page.FindAll(".mud-tab").Select(t => t.TextContent.Trim()).ToList();
        tabs.ShouldContain("Contacts");
        tabs.ShouldNotContain("Pipeline");
        await page.Find("[data-testid=crm-search] input, input[data-testid=crm-search]").ChangeAsync(new() { Value = "0033 (1) 23-45-67-89" });
        page.WaitForAssertion(() => Names(page).ShouldBe(["Alice Martin"]));
        await page.Find("[data-testid=crm-search] input, input[data-testid=crm-search]").ChangeAsync(new() { Value = "+33 1 98 76 54 32" });
        page.WaitForAssertion(() => page.Find("[data-testid=crm-empty]").TextContent.ShouldContain("No contact matches the search."));
    }

    [Fact]
    public async Task ANewContact_WithAnotherContactsEmail_IsRefused_WithALinkToThatContact()
    {
        var scenario = await Scenario.CreateAsync(App);
        var aliceId = (await App.Get<CrmService>().SaveContactAsync(scenario.Admin, null, new CrmContactForm { Name = "Alice Martin", Emails = "alice@example.test" })).ShouldSucceed();
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<CrmPage>();
        page.WaitForAssertion(() => Names(page).ShouldBe(["Alice Martin"]));

        // The page's handler waits for the dialog, which stays open on the refusal.
        _ = page.Find("[data-testid=new-contact]").ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=crm-contact-name] input, input[data-testid=crm-contact-name]"));
        await dialogs.Find("[data-testid=crm-contact-name] input, input[data-testid=crm-contact-name]").ChangeAsync(new() { Value = "A. Martin" });
        await dialogs.Find("[data-testid=crm-contact-emails] textarea, textarea[data-testid=crm-contact-emails]").ChangeAsync(new() { Value = "Alice@Example.test" });
        await dialogs.Find("[data-testid=crm-save]").ClickAsync(new());

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=crm-duplicate]").TextContent.ShouldContain("Alice Martin"));
        dialogs.Find("[data-testid=crm-duplicate-open]").GetAttribute("href").ShouldBe($"/crm/contacts/{aliceId}");
        (await App.QueryAsync(db => db.CrmContacts.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task ThePipeline_RefusesToRemoveAStageThatDealsAreAt_WithTheReason()
    {
        var scenario = await Scenario.CreateAsync(App);
        var crm = App.Get<CrmService>();
        var first = (await crm.StagesAsync()).First(s => s.Outcome == StageOutcome.Open);
        (await crm.SaveDealAsync(scenario.Admin, null, new CrmDealForm { Title = "Fleet renewal", Amount = 1200m, Currency = "EUR", StageId = first.Id })).ShouldSucceed();
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var tab = Render<CrmPipelineTab>();
        tab.WaitForAssertion(() => tab.FindAll("[data-testid=crm-stage-row]").ShouldNotBeEmpty());

        var row = tab.FindAll("[data-testid=crm-stage-row]").Single(r => r.QuerySelector("td")!.TextContent.Trim() == first.Name);
        row.QuerySelectorAll("td")[2].TextContent.Trim().ShouldBe("1");
        var removing = row.QuerySelector("[data-testid=crm-stage-remove]")!.ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Remove"));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Remove").ClickAsync(new());
        await removing.WaitAsync(TimeSpan.FromSeconds(10));

        Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message).ShouldContain("1 deals are at this stage: move them first.");
        (await App.QueryAsync(db => db.DealStages.AnyAsync(s => s.Id == first.Id))).ShouldBeTrue();
    }

    private void SignInAs(int employeeId)
    {
        Auth.SetClaims(new System.Security.Claims.Claim(Policies.EmployeeIdClaim, employeeId.ToString(CultureInfo.InvariantCulture)));
        Auth.SetPolicies(Policies.Employee, Policies.Crm);
    }

    private static List<string> Names(IRenderedComponent<CrmPage> page) =>
        page.FindAll("[data-testid=crm-contacts] tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
}
