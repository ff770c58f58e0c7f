using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Crm;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Crm;

/// <summary>Q-8 through the live chat: recognising a client, creating a lead only for one who can be reached again, one history across channels.</summary>
public sealed class RecognitionTests() : ScenarioTest("Bea")
{
    [Fact]
    public async Task Q8_AVisitorWhoLeavesAnEmail_BecomesALeadWithAContact_AndTheConversationIsAttached()
    {
        await Scenario.AskContactAfterFirstMessageAsync();

        var (_, conversation) = await App.VisitorWhoLeavesAsync(Scenario.Key, "Do you ship to Lyon?", "Ann Lee", "Ann@Example.com", null);

        var (contactId, leadId, dealId, by) = await App.CrmOfAsync(conversation);
        var contact = await App.QueryAsync(db => db.CrmContacts.SingleAsync());
        var lead = await App.QueryAsync(db => db.CrmLeads.SingleAsync());
        (contactId, leadId, dealId, by).ShouldBe((contact.Id, lead.Id, null, RecognisedBy.None));
        (contact.Name, contact.Emails.Single(), contact.Source).ShouldBe(("Ann Lee", "ann@example.com", LeadSource.LiveChat));
        (lead.ContactId, lead.Via, lead.Status, lead.ResponsibleId).ShouldBe((contact.Id, CreatedVia.ContactForm, LeadStatus.New, null));
        (await App.QueryAsync(db => db.Clients.Select(c => c.CrmContactId).SingleAsync())).ShouldBe(contact.Id);
    }

    [Fact]
    public async Task Q8_AVisitorWhoLeavesOnlyAName_GetsNoLead_SeedThreesRule()
    {
        await Scenario.AskContactAfterFirstMessageAsync();

        var (_, conversation) = await App.VisitorWhoLeavesAsync(Scenario.Key, "Hello", "Ann", null, null);

        (await App.CrmOfAsync(conversation)).ShouldBe((null, null, null, RecognisedBy.None));
        (await App.QueryAsync(db => db.CrmLeads.CountAsync())).ShouldBe(0);
        (await App.QueryAsync(db => db.CrmContacts.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Q8_AKnownPhoneTypedAnotherWay_RecognisesTheContact_AndTheConversationJoinsItsOpenLead()
    {
        await Scenario.AskContactAfterFirstMessageAsync();
        var bea = await App.EmployeeIdAsync("bea@example.test");
        var contact = await App.ContactAsync(Scenario, "Ann Lee", null, "+33 6 12 34 56 78", bea);
        var (_, first) = await App.VisitorWhoLeavesAsync(Scenario.Key, "Hello", null, "ann@example.com", null);
        var lead = (await App.CrmOfAsync(first)).Lead;

        var (_, second) = await App.VisitorWhoLeavesAsync(Scenario.Key, "Me again", null, null, "0033 6 12 34 56 78");

        // The e-mail made a lead of a stranger; the phone, written differently, is Ann's.
        (await App.CrmOfAsync(second)).ShouldBe((contact, null, null, RecognisedBy.Phone));
        lead.ShouldNotBeNull();
        (await App.QueryAsync(db => db.CrmContacts.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task Q8_ChatTracker_TheSameClientOnAnotherChannel_IsTheSameContact_AndTheHistoryShowsBoth()
    {
        await Scenario.AskContactAfterFirstMessageAsync();
        var (_, first) = await App.VisitorWhoLeavesAsync(Scenario.Key, "Hello", "Ann", "ann@example.com", null);
        var otherChannel = (await App.Get<OpenChannelService>().CreateAsync("Shop")).Value;
        var connectors = App.Get<ConnectorService>();
        await connectors.AddLiveChatAsync(otherChannel, "Shop chat");
        var otherKey = (await connectors.ConnectorsAsync(otherChannel)).Single().PublicKey;
        var actions = App.Get<OpenChannels.Web.Features.AutomaticActions.AutomaticActionsService>();
        var form = (await actions.GetAsync(otherChannel))!;
        (form.ContactFormMode, form.ContactName, form.ContactEmail) = (OpenChannels.Domain.Channels.ContactFormMode.AfterFirstMessage, OpenChannels.Domain.Channels.ContactFieldRule.Optional, OpenChannels.Domain.Channels.ContactFieldRule.Optional);
        (await actions.SaveAsync(otherChannel, form)).ShouldSucceed();

        var (_, second) = await App.VisitorWhoLeavesAsync(otherKey, "About my order", null, "ANN@example.com", null);

        var firstCrm = await App.CrmOfAsync(first);
        var secondCrm = await App.CrmOfAsync(second);
        (secondCrm.Contact, secondCrm.Lead, secondCrm.By).ShouldBe((firstCrm.Contact, firstCrm.Lead, RecognisedBy.Email));
        (await App.QueryAsync(db => db.CrmLeads.CountAsync())).ShouldBe(1);
        (await App.QueryAsync(db => db.Clients.Select(c => c.CrmContactId).Distinct().ToListAsync())).ShouldBe([firstCrm.Contact]);
        var history = await App.Get<ConversationQueries>().HistoryAsync(Scenario.Admin, second);
        history.Select(h => h.Id).ShouldBe([second, first], ignoreOrder: true);
        (await App.Get<ConversationQueries>().GetAsync(Scenario.Admin, second))!.EarlierConversations.ShouldBe(1);
    }

    [Fact]
    public async Task Q8_OfferLink_CreatesNothingByItself_TheAgentsLinkCreatesTheLead_WithThemResponsible()
    {
        await Scenario.AskContactAfterFirstMessageAsync();
        await Scenario.ConfigureQueueAsync(f => f.WhenNotRecognised = WhenNotRecognised.OfferLink);
        var bea = await App.EmployeeIdAsync("bea@example.test");
        await App.GiveRoleAsync(OpenChannels.Domain.Access.RoleKind.Manager, OpenChannels.Domain.Access.HolderKind.Employee, bea);
        var (_, conversation) = await App.VisitorWhoLeavesAsync(Scenario.Key, "Hello", "Ann", "ann@example.com", null);
        (await App.Get<MessengerService>().AcceptAsync(Scenario.Agent(bea), conversation)).ShouldSucceed();
        (await App.CrmOfAsync(conversation)).Contact.ShouldBeNull();
        var crm = App.Get<ConversationCrmService>();
        (await crm.InfoAsync(Scenario.Agent(bea), conversation)).OffersLeadLink.ShouldBeTrue();

        var leadId = (await crm.CreateLeadAsync(Scenario.Agent(bea), conversation)).ShouldSucceed();

        var lead = await App.QueryAsync(db => db.CrmLeads.SingleAsync());
        (lead.Id, lead.Via, lead.ResponsibleId).ShouldBe((leadId, CreatedVia.Agent, bea));
        (await crm.InfoAsync(Scenario.Agent(bea), conversation)).OffersLeadLink.ShouldBeFalse();
        (await crm.CreateLeadAsync(Scenario.Agent(bea), conversation)).ShouldFail().ShouldBeOfType<OpenChannels.Domain.Common.Conflict>();
    }

    [Fact]
    public async Task Q8_Off_TheClientIsNeitherRecognisedNorMadeALead()
    {
        await Scenario.AskContactAfterFirstMessageAsync();
        await Scenario.ConfigureQueueAsync(f => f.RecogniseClients = false);
        var bea = await App.EmployeeIdAsync("bea@example.test");
        await App.ContactAsync(Scenario, "Ann Lee", "ann@example.com", null, bea);

        var (_, conversation) = await App.VisitorWhoLeavesAsync(Scenario.Key, "Hello", null, "ann@example.com", null);

        (await App.CrmOfAsync(conversation)).Contact.ShouldBeNull();
        (await App.QueryAsync(db => db.CrmLeads.CountAsync())).ShouldBe(0);
    }
}
