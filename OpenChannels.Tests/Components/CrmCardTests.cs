using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpenChannels.Domain.Crm;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Crm;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Tests.Components;

/// <summary>The CRM cards (CRM-1): a contact's conversations, merging a duplicate, making a deal of a lead, an unknown item.</summary>
public sealed class CrmCardTests : ComponentTestBase
{
    [Fact]
    public async Task AContactsCard_ListsItsConversations_WithALinkToOpenEachInTheContactCenter()
    {
        var scenario = await Scenario.CreateAsync(App, "Web shop");
        var contactId = (await App.Get<CrmService>().SaveContactAsync(scenario.Admin, null, new CrmContactForm { Name = "Alice Martin" })).ShouldSucceed();
        var conversationId = await scenario.ConversationAsync("Where is my parcel?");
        await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversationId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CrmContactId, (int?)contactId)));

        var card = Render<CrmContactPage>(p => p.Add(x => x.Id, contactId));

        card.WaitForAssertion(() => card.Find("[data-testid=crm-open-conversation]").GetAttribute("href").ShouldBe($"/contact-center/{conversationId}"));
        var line = card.FindAll("[data-testid=crm-timeline-item]").Single(i => i.QuerySelector("[data-testid=crm-open-conversation]") is not null);
        line.TextContent.ShouldContain("Web shop");
        line.TextContent.ShouldContain("Where is my parcel?");
        line.TextContent.ShouldContain("1 client message");
    }

    [Fact]
    public async Task MergingADuplicate_FromTheCard_BringsItsLeadHere_AndTheDuplicateIsGone()
    {
        var scenario = await Scenario.CreateAsync(App);
        var crm = App.Get<CrmService>();
        var keepId = (await crm.SaveContactAsync(scenario.Admin, null, new CrmContactForm { Name = "Alice Martin" })).ShouldSucceed();
        var duplicateId = (await crm.SaveContactAsync(scenario.Admin, null, new CrmContactForm { Name = "A. Martin (shop)", Emails = "alice@example.test" })).ShouldSucceed();
        var leadId = (await crm.SaveLeadAsync(scenario.Admin, null, new CrmLeadForm { Title = "Kitchen quote", Contact = new CrmPick(duplicateId, "A. Martin (shop)") })).ShouldSucceed();
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var card = Render<CrmContactPage>(p => p.Add(x => x.Id, keepId));
        card.WaitForAssertion(() => card.Find("[data-testid=crm-merge-open]"));

        var merging = card.Find("[data-testid=crm-merge-open]").ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=crm-merge-pick] input, input[data-testid=crm-merge-pick]"));
        await dialogs.Find("[data-testid=crm-merge-pick] input, input[data-testid=crm-merge-pick]").InputAsync(new() { Value = "shop" });
        // The search runs against the database after the autocomplete's debounce: give it the time a busy machine needs.
        popovers.WaitForAssertion(
            () => popovers.FindAll(".mud-popover-open .mud-list-item").ShouldContain(i => i.TextContent.Contains("A. Martin (shop)", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10));
        await popovers.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Contains("A. Martin (shop)", StringComparison.Ordinal)).ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=crm-merge]").HasAttribute("disabled").ShouldBeFalse(), TimeSpan.FromSeconds(10));
        await dialogs.Find("[data-testid=crm-merge]").ClickAsync(new());
        await merging.WaitAsync(TimeSpan.FromSeconds(10));

        (await App.QueryAsync(db => db.CrmLeads.Where(l => l.Id == leadId).Select(l => l.ContactId).SingleAsync())).ShouldBe(keepId);
        (await App.QueryAsync(db => db.CrmContacts.AnyAsync(c => c.Id == duplicateId))).ShouldBeFalse();
        card.WaitForAssertion(() => card.Find("[data-testid=crm-card-leads]").TextContent.ShouldContain("Kitchen quote"));
        card.Find("[data-testid=crm-card-details]").TextContent.ShouldContain("alice@example.test");
    }

    [Fact]
    public async Task ConvertingALead_MakesADealOfIt_AndOpensTheDeal()
    {
        var scenario = await Scenario.CreateAsync(App);
        var crm = App.Get<CrmService>();
        var contactId = (await crm.SaveContactAsync(scenario.Admin, null, new CrmContactForm { Name = "Alice Martin" })).ShouldSucceed();
        var leadId = (await crm.SaveLeadAsync(scenario.Admin, null, new CrmLeadForm { Title = "Kitchen quote", Contact = new CrmPick(contactId, "Alice Martin") })).ShouldSucceed();
        var card = Render<CrmLeadPage>(p => p.Add(x => x.Id, leadId));
        card.WaitForAssertion(() => card.Find("[data-testid=crm-convert]"));

        await card.Find("[data-testid=crm-convert]").ClickAsync(new());

        var deal = await App.QueryAsync(db => db.CrmDeals.SingleAsync());
        (deal.Title, deal.ContactId).ShouldBe(("Kitchen quote", (int?)contactId));
        Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith($"/crm/deals/{deal.Id}");
        (await App.QueryAsync(db => db.CrmLeads.Where(l => l.Id == leadId).Select(l => l.Status).SingleAsync())).ShouldBe(LeadStatus.Converted);
    }

    [Fact]
    public void AnItemThatDoesNotExist_SaysSo()
    {
        var card = Render<CrmDealPage>(p => p.Add(x => x.Id, 4242));

        card.WaitForAssertion(() => card.Find("[data-testid=crm-not-found]").TextContent.ShouldContain("This deal does not exist"));
    }
}
