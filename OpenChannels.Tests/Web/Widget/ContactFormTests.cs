using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Widget;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Tests.Web.Widget;

/// <summary>A-2: the live chat's contact form, before the dialog or after the first message.</summary>
public sealed class ContactFormTests() : ScenarioTest
{
    [Fact]
    public async Task BeforeTheDialog_MessagesWaitForTheRequiredFields()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f =>
            (f.ContactFormMode, f.ContactName, f.ContactEmail, f.ContactPhone) = (ContactFormMode.BeforeDialog, ContactFieldRule.Required, ContactFieldRule.Required, ContactFieldRule.Hidden));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        (await visitor.ConfigAsync()).ContactForm.ShouldBe(new WidgetContactForm("beforeDialog", "required", "required", "hidden"));

        var refused = await visitor.SendAsync("m1", "Hello");

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await WidgetVisitor.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe("contact-required");
        (await App.QueryAsync(db => db.Messages.CountAsync())).ShouldBe(0);

        (await visitor.GiveContactAsync(" Zoé Martin ", "ZOE@example.com", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await visitor.SendAsync("m1", "Hello")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var client = await App.QueryAsync(db => db.Clients.SingleAsync());
        (client.Name, client.Email, client.Phone, client.ContactGivenAt).ShouldBe(("Zoé Martin", "zoe@example.com", null, App.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task AWrongForm_GetsOneErrorPerField_AndStoresNothing()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f =>
            (f.ContactFormMode, f.ContactName, f.ContactEmail, f.ContactPhone) = (ContactFormMode.BeforeDialog, ContactFieldRule.Required, ContactFieldRule.Optional, ContactFieldRule.Optional));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        var response = await visitor.GiveContactAsync("  ", "not-an-address", "call me");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await WidgetVisitor.ProblemAsync(response)).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("Name is required.");
        errors.GetProperty("email")[0].GetString().ShouldBe("'not-an-address' is not a valid e-mail address.");
        errors.GetProperty("phone")[0].GetString().ShouldBe("'call me' is not a phone number. Use digits, e.g. +33 1 23 45 67 89.");
        var client = await App.QueryAsync(db => db.Clients.SingleAsync());
        (client.Name, client.Email, client.Phone, client.ContactGivenAt).ShouldBe((null, null, null, null));
    }

    [Fact]
    public async Task AfterTheFirstMessage_TheClientWritesFreely_AndAgentsSeeTheDetailsOnceGiven()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f => f.ContactFormMode = ContactFormMode.AfterFirstMessage);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        (await visitor.StateAsync()).ShouldBe(new WidgetClientState(false, ContactFormNeeded: true, MayWrite: true, null, null, null));
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        var events = new List<ConversationEvent>();
        using var subscription = App.Get<AgentFeed>().Subscribe(e =>
        {
            lock (events)
            {
                events.Add(e);
            }

            return Task.CompletedTask;
        });

        (await visitor.GiveContactAsync("Zoé", null, "+33 1 23 45 67 89")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await visitor.StateAsync()).ContactFormNeeded.ShouldBeFalse();
        var details = (await App.Get<ConversationQueries>().GetAsync(Scenario.Admin, conversation))!;
        (details.ClientName, details.ClientEmail, details.ClientPhone).ShouldBe(("Zoé", null, "+33 1 23 45 67 89"));
        lock (events)
        {
            events.ShouldContain(e => e.ConversationId == conversation && e.Kind == ConversationEventKind.Changed);
        }
    }

    [Fact]
    public async Task WithTheFormOff_ContactDetailsAreAConflict()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        (await visitor.GiveContactAsync("Zoé", null, null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await visitor.ConfigAsync()).ContactForm.ShouldBeNull();
    }

    [Fact]
    public async Task AFormAskingNothing_IsRefused()
    {
        var actions = App.Get<OpenChannels.Web.Features.AutomaticActions.AutomaticActionsService>();
        var form = (await actions.GetAsync(Scenario.ChannelId))!;
        (form.ContactFormMode, form.ContactName, form.ContactEmail, form.ContactPhone) = (ContactFormMode.AfterFirstMessage, ContactFieldRule.Hidden, ContactFieldRule.Hidden, ContactFieldRule.Hidden);

        (await actions.SaveAsync(Scenario.ChannelId, form)).ShouldFail().Message.ShouldBe("Ask for at least one field: name, e-mail or phone.");
        (await App.QueryAsync(db => db.OpenChannels.Select(c => c.ContactForm.Mode).SingleAsync())).ShouldBe(ContactFormMode.Off);
    }
}
