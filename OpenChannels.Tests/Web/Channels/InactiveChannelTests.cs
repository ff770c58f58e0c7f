using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Channels;

/// <summary>
/// O-2: an inactive channel keeps what its clients write and does nothing else — no routing, no automatic texts, no
/// place under a limit, nothing shown to agents — its live chat says it is unavailable, and reactivation routes it all.
/// </summary>
public sealed class InactiveChannelTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private Scenario _scenario = default!;
    private int _bea;

    private OpenChannelService Channels => _app.Get<OpenChannelService>();

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app, "Website");
        _bea = await _scenario.AddAgentAsync("Bea");
        await _scenario.ConfigureQueueAsync(form =>
        {
            form.Entries = [new QueueFormEntry(_bea, null, string.Empty)];
            form.Mode = DistributionMode.Evenly;
            (form.LimitConversations, form.Limit) = (true, 1);
        });
        await _scenario.ConfigureAutomaticActionsAsync(form =>
        {
            form.Greeting = GreetingMode.EveryConversation;
            (form.UnansweredEnabled, form.UnansweredMinutes, form.UnansweredAction) = (true, 10, UnansweredAction.AutoReply);
        });
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task O2_WhileInactive_TheMessageIsKept_AndNothingElseHappens()
    {
        await _app.OnlineAsync(_bea);
        (await Channels.SetActiveAsync(_scenario.ChannelId, false)).ShouldSucceed();
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);

        var response = await visitor.SendAsync("m-1", "Anyone there?");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var conversation = await _app.QueryAsync(db => db.Conversations.SingleAsync());
        conversation.AssignedEmployeeId.ShouldBeNull("nobody is offered it");
        conversation.UnansweredDueAt.ShouldBeNull("no automatic action is armed");
        (await _app.QueryAsync(db => db.RoutingAudit.CountAsync())).ShouldBe(0);
        (await visitor.HistoryAsync()).Select(m => m.Text).ShouldBe(["Anyone there?"], "no greeting, no no-agent text");
        (await _app.Get<ConversationQueries>().ListAsync(_scenario.Admin)).ShouldBeEmpty();
        (await _app.Get<ConversationQueries>().ListAsync(Scenario.Agent(_bea))).ShouldBeEmpty();
    }

    [Fact]
    public async Task O2_TheLiveChat_SaysItIsUnavailable_InTheDefaultOrTheChannelsOwnWords()
    {
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        (await visitor.ConfigAsync()).Unavailable.ShouldBeNull();

        (await Channels.SetActiveAsync(_scenario.ChannelId, false)).ShouldSucceed();
        (await visitor.ConfigAsync()).Unavailable.ShouldBe(DefaultTexts.For(ChannelLanguage.English, DefaultText.Unavailable));

        var settings = _app.Get<GeneralSettingsService>();
        var form = (await settings.GetAsync(_scenario.ChannelId))!;
        form.UnavailableText = "Back on Monday — leave us a note.";
        (await settings.SaveAsync(_scenario.ChannelId, form)).ShouldSucceed();
        (await visitor.ConfigAsync()).Unavailable.ShouldBe("Back on Monday — leave us a note.");

        form.UnavailableText = new string('x', OpenChannel.AutomaticTextMaxLength + 1);
        (await settings.SaveAsync(_scenario.ChannelId, form)).ShouldFail().ShouldBeOfType<OpenChannels.Domain.Common.InvalidInput>().Field.ShouldBe("UnavailableText");
    }

    [Fact]
    public async Task O2_Reactivation_RoutesWhatArrivedMeanwhile_AtOnce_AndStartsTheUnansweredClock()
    {
        await _app.OnlineAsync(_bea);
        (await Channels.SetActiveAsync(_scenario.ChannelId, false)).ShouldSucceed();
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello?");
        _app.Clock.Advance(TimeSpan.FromMinutes(30));
        await _app.OnlineAsync(_bea);

        (await Channels.SetActiveAsync(_scenario.ChannelId, true)).ShouldSucceed();

        var conversation = await _app.QueryAsync(db => db.Conversations.SingleAsync());
        conversation.AssignedEmployeeId.ShouldBe(_bea);
        conversation.UnansweredDueAt.ShouldBe(_app.Clock.GetUtcNow().AddMinutes(10));
        (await _app.Get<ConversationQueries>().ListAsync(Scenario.Agent(_bea))).ShouldHaveSingleItem().Id.ShouldBe(conversation.Id);
    }

    [Fact]
    public async Task O2_AnInactiveChannelsConversations_TakeNoPlaceUnderTheLimit_InAnotherChannel()
    {
        await _app.OnlineAsync(_bea);
        var held = await NewConversationAsync(_scenario.Key);
        (await _app.HolderAsync(held)).ShouldBe(_bea);
        var shop = await Scenario.CreateAsync(_app, "Shop");
        await shop.ConfigureQueueAsync(form =>
        {
            form.Entries = [new QueueFormEntry(_bea, null, string.Empty)];
            (form.LimitConversations, form.Limit) = (true, 1);
        });

        // Active, Bea's Website conversation fills her one place; inactive, it does not.
        (await _app.HolderAsync(await NewConversationAsync(shop.Key))).ShouldBeNull();
        (await Channels.SetActiveAsync(_scenario.ChannelId, false)).ShouldSucceed();
        await _app.OnlineAsync(_bea);
        (await _app.HolderAsync(await NewConversationAsync(shop.Key))).ShouldBe(_bea);
    }

    [Fact]
    public async Task O2_TheSweeps_LeaveAnInactiveChannelsConversations_Untouched()
    {
        var cyd = await _scenario.AddAgentAsync("Cyd");
        await _scenario.ConfigureQueueAsync(form => form.Entries = [new QueueFormEntry(_bea, null, string.Empty), new QueueFormEntry(cyd, null, string.Empty)]);
        await _app.OnlineAsync(_bea);
        var offered = await NewConversationAsync(_scenario.Key);
        (await _app.HolderAsync(offered)).ShouldBe(_bea);
        (await Channels.SetActiveAsync(_scenario.ChannelId, false)).ShouldSucceed();

        _app.Clock.Advance(TimeSpan.FromMinutes(15));
        await _app.OnlineAsync(cyd);
        var sweeps = _app.Get<RoutingSweeps>();

        (await sweeps.TransferIdleOffersAsync()).ShouldBe(0);
        (await sweeps.MarkUnansweredAsync()).ShouldBe(0);
        (await _app.HolderAsync(offered)).ShouldBe(_bea);
        (await _app.QueryAsync(db => db.Messages.CountAsync(m => m.Text == DefaultTexts.For(ChannelLanguage.English, DefaultText.Unanswered)))).ShouldBe(0);
    }


    private async Task<int> NewConversationAsync(string key)
    {
        await (await WidgetVisitor.StartAsync(_app, key)).SayAsync("Hello");
        return await _app.QueryAsync(db => db.Conversations.OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
    }
}
