using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Crm;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Crm;
using OpenChannels.Web.Features.CrmLinks;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Crm;

/// <summary>
/// through the widget and the messenger: the recognised client goes to their responsible person, and
/// who answers for what a conversation created.
/// </summary>
public sealed class ResponsibleTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private Scenario _scenario = default!;
    private int _bea;
    private int _cyd;
    private int _dan;

    private MessengerService Messenger => _app.Get<MessengerService>();

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app, "Website");
        _bea = await _scenario.AddAgentAsync("Bea");
        _cyd = await _scenario.AddAgentAsync("Cyd");
        _dan = await _scenario.AddAgentAsync("Dan");
        await _scenario.ConfigureQueueAsync(form =>
        {
            form.Entries = [new QueueFormEntry(_bea, null, string.Empty), new QueueFormEntry(_cyd, null, string.Empty)];
            form.Mode = DistributionMode.StrictlyInOrder;
            form.LimitConversations = true;
            form.Limit = 1;
        });
        await _scenario.AskContactAfterFirstMessageAsync();
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Q9_ARecognisedClient_GoesToTheirResponsible_OutsideTheQueue_OfflineAndAtTheLimit()
    {
        await _app.ContactAsync(_scenario, "Ann Lee", "ann@example.com", null, _dan);
        await _app.OnlineAsync(_bea);
        var other = await _scenario.ConversationAsync("Someone else");
        (await Messenger.TransferToEmployeeAsync(_scenario.Admin, other, _dan)).ShouldSucceed();
        var (visitor, _) = await _app.VisitorWhoLeavesAsync(_scenario.Key, "Hello", null, "ann@example.com", null);
        (await Messenger.CloseAsync(_scenario.Admin, await OpenConversationOfAsync(visitor))).ShouldSucceed();

        // The client is now known (the form linked them): their next conversation is recognised as it begins.
        await visitor.SayAsync("It's Ann again");

        var conversation = await OpenConversationOfAsync(visitor);
        (await _app.HolderAsync(conversation)).ShouldBe(_dan);
        (await _app.QueryAsync(db => db.RoutingAudit.Where(a => a.ConversationId == conversation).OrderBy(a => a.Id).Select(a => a.ViaResponsiblePerson).LastAsync())).ShouldBeTrue();
    }

    [Fact]
    public async Task Q9_TheNewestOpenDealsResponsible_WinsOverTheContacts()
    {
        var contact = await _app.ContactAsync(_scenario, "Ann Lee", "ann@example.com", null, _dan);
        var stage = (await _app.Get<CrmService>().StagesAsync()).First();
        (await _app.Get<CrmService>().SaveDealAsync(_scenario.Admin, null, new CrmDealForm
        {
            Title = "Kitchen",
            Amount = 1200,
            Currency = "EUR",
            StageId = stage.Id,
            Contact = new CrmPick(contact, string.Empty),
            Responsible = new CrmPick(_cyd, string.Empty),
        })).ShouldSucceed();
        await _app.OnlineAsync(_bea, _cyd);

        var (visitor, first) = await _app.VisitorWhoLeavesAsync(_scenario.Key, "Hello", null, "ann@example.com", null);
        (await Messenger.CloseAsync(_scenario.Admin, first)).ShouldSucceed();
        await visitor.SayAsync("About the kitchen");

        (await _app.HolderAsync(await OpenConversationOfAsync(visitor))).ShouldBe(_cyd);
    }

    [Fact]
    public async Task Q9_Off_TheRecognisedClientGoesByTheQueue()
    {
        await _scenario.ConfigureQueueAsync(f => f.RouteToResponsible = false);
        await _app.ContactAsync(_scenario, "Ann Lee", "ann@example.com", null, _dan);
        await _app.OnlineAsync(_bea, _cyd);
        var (visitor, first) = await _app.VisitorWhoLeavesAsync(_scenario.Key, "Hello", null, "ann@example.com", null);
        (await Messenger.CloseAsync(_scenario.Admin, first)).ShouldSucceed();

        await visitor.SayAsync("Again");

        (await _app.HolderAsync(await OpenConversationOfAsync(visitor))).ShouldBe(_bea);
    }

    [Fact]
    public async Task Q9_TheResponsibleOnVacation_FallsBackToTheQueue()
    {
        await _app.ContactAsync(_scenario, "Ann Lee", "ann@example.com", null, _dan);
        await _app.OnlineAsync(_bea);
        var today = DateOnly.FromDateTime(_app.Clock.GetLocalNow().DateTime);
        await _app.QueryAsync(async db =>
        {
            (await db.Employees.SingleAsync(e => e.Id == _dan)).AddVacation(today, today.AddDays(3));
            return await db.SaveChangesAsync();
        });
        var (visitor, first) = await _app.VisitorWhoLeavesAsync(_scenario.Key, "Hello", null, "ann@example.com", null);
        (await Messenger.CloseAsync(_scenario.Admin, first)).ShouldSucceed();

        await visitor.SayAsync("Again");

        (await _app.HolderAsync(await OpenConversationOfAsync(visitor))).ShouldBe(_bea);
    }

    [Fact]
    public async Task Q10_TheFirstAcceptorAnswersForTheLead_AManualTransferHandsItOn_AndTheContactWithIt()
    {
        await _scenario.ConfigureAutomaticActionsAsync(f => f.ContactFormAcceptorResponsible = true);
        await _app.OnlineAsync(_bea, _cyd);
        var (_, conversation) = await _app.VisitorWhoLeavesAsync(_scenario.Key, "Hello", "Ann", "ann@example.com", null);
        (await LeadResponsibleAsync()).ShouldBeNull();

        (await Messenger.AcceptAsync(Scenario.Agent(_bea), conversation)).ShouldSucceed();
        (await LeadResponsibleAsync()).ShouldBe(_bea);

        (await Messenger.TransferToEmployeeAsync(Scenario.Agent(_bea), conversation, _dan)).ShouldSucceed();
        (await LeadResponsibleAsync()).ShouldBe(_dan);
        (await _app.QueryAsync(db => db.CrmContacts.Select(c => c.ResponsibleId).SingleAsync())).ShouldBe(_dan);
    }

    [Fact]
    public async Task Q10_Off_TheFirstAcceptorStaysResponsible()
    {
        await _scenario.ConfigureQueueAsync(f => f.TransfereeBecomesResponsible = false);
        await _scenario.ConfigureAutomaticActionsAsync(f => f.ContactFormAcceptorResponsible = true);
        await _app.OnlineAsync(_bea, _cyd);
        var (_, conversation) = await _app.VisitorWhoLeavesAsync(_scenario.Key, "Hello", "Ann", "ann@example.com", null);
        (await Messenger.AcceptAsync(Scenario.Agent(_bea), conversation)).ShouldSucceed();

        (await Messenger.TransferToEmployeeAsync(Scenario.Agent(_bea), conversation, _dan)).ShouldSucceed();

        (await LeadResponsibleAsync()).ShouldBe(_bea);
    }

    [Fact]
    public async Task Q10_AnItemThatExistedBefore_NeverChangesHands()
    {
        var contact = await _app.ContactAsync(_scenario, "Ann Lee", "ann@example.com", null, _dan);
        (await _app.Get<CrmService>().SaveLeadAsync(_scenario.Admin, null, new CrmLeadForm
        {
            Title = "Catalogue",
            Contact = new CrmPick(contact, string.Empty),
            Responsible = new CrmPick(_dan, string.Empty),
        })).ShouldSucceed();
        await _scenario.ConfigureQueueAsync(f => f.RouteToResponsible = false);
        await _app.OnlineAsync(_bea, _cyd);
        var (_, conversation) = await _app.VisitorWhoLeavesAsync(_scenario.Key, "Hello", null, "ann@example.com", null);
        (await _app.CrmOfAsync(conversation)).Lead.ShouldNotBeNull();
        (await Messenger.AcceptAsync(Scenario.Agent(_bea), conversation)).ShouldSucceed();

        (await Messenger.TransferToEmployeeAsync(Scenario.Agent(_bea), conversation, _cyd)).ShouldSucceed();

        (await LeadResponsibleAsync()).ShouldBe(_dan);
    }

    [Fact]
    public async Task A2_FormOptionOff_TheFormsLeadStaysUnassigned_ButAnAutomaticLeadGoesToTheAcceptor()
    {
        await _app.OnlineAsync(_bea, _cyd);
        var (_, formed) = await _app.VisitorWhoLeavesAsync(_scenario.Key, "Hello", "Ann", "ann@example.com", null);
        (await Messenger.AcceptAsync(Scenario.Agent(_bea), formed)).ShouldSucceed();

        (await LeadResponsibleAsync()).ShouldBeNull();
        (await _app.QueryAsync(db => db.CrmLeads.Select(l => l.Via).SingleAsync())).ShouldBe(CreatedVia.ContactForm);
    }

    private Task<int?> LeadResponsibleAsync() => _app.QueryAsync(db => db.CrmLeads.Select(l => l.ResponsibleId).SingleAsync());

    private Task<int> OpenConversationOfAsync(WidgetVisitor visitor)
    {
        var hash = OpenChannels.Web.Features.Widget.WidgetService.Hash(visitor.Token);
        return _app.QueryAsync(db => db.Conversations.Where(c => c.IsOpen && db.Clients.Any(x => x.Id == c.ClientId && x.TokenHash == hash))
            .Select(c => c.Id).SingleAsync());
    }
}
