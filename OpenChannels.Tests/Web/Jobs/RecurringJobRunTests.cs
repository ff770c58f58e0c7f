using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Jobs;

namespace OpenChannels.Tests.Web.Jobs;

/// <summary>
/// Each recurring job, run as the schedule runs it (its <see cref="IRecurringJob.RunAsync"/>), does its sweep's work and
/// says how much it did. Under test the job server does not run, so these calls stand in for its trigger.
/// </summary>
public sealed class RecurringJobRunTests() : ScenarioTest("Bea", "Cyd")
{
    [Fact]
    public async Task J1_TheReofferJob_OffersAWaitingConversation_OnceSomeoneIsOnline()
    {
        var bea = await IdOfAsync("Bea");
        var conversation = await NewConversationAsync();
        (await App.HolderAsync(conversation)).ShouldBeNull();
        await App.Get<AgentStatusService>().TouchAsync(bea);

        (await RunAsync<ReofferUnassignedJob>()).ShouldBe("1 conversations offered again");

        (await App.HolderAsync(conversation)).ShouldBe(bea);
        (await LastTriggerAsync(conversation)).ShouldBe(RoutingTrigger.Reoffer);
    }

    [Fact]
    public async Task J2_TheReturnJob_GivesAVacationingAgentsConversationBack()
    {
        var (bea, cyd) = (await IdOfAsync("Bea"), await IdOfAsync("Cyd"));
        await Scenario.ConfigureQueueAsync(f => f.Mode = DistributionMode.Evenly);
        await App.OnlineAsync(bea);
        var conversation = await NewConversationAsync();
        (await App.HolderAsync(conversation)).ShouldBe(bea);
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        (await App.Get<EmployeeService>().AddVacationAsync(bea, today, today)).ShouldSucceed();
        await App.OnlineAsync(cyd);

        (await RunAsync<ReturnFromUnavailableAgentsJob>()).ShouldBe("1 conversations returned to the queue");

        (await App.HolderAsync(conversation)).ShouldBe(cyd);
        (await LastTriggerAsync(conversation)).ShouldBe(RoutingTrigger.AgentUnavailable);
    }

    [Fact]
    public async Task J3_TheCloseStaleJob_ClosesAWeekOldConversation()
    {
        var conversation = await NewConversationAsync();
        App.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));

        (await RunAsync<CloseStaleConversationsJob>()).ShouldBe("1 conversations closed");

        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.IsOpen).SingleAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task J4_TheIdleOfferJob_PassesAnUnacceptedOfferOn()
    {
        var (bea, cyd) = (await IdOfAsync("Bea"), await IdOfAsync("Cyd"));
        await Scenario.ConfigureQueueAsync(f => (f.Mode, f.IdleMinutes) = (DistributionMode.StrictlyInOrder, 2));
        await App.OnlineAsync(bea, cyd);
        var conversation = await NewConversationAsync();
        var first = await App.HolderAsync(conversation);
        first.ShouldNotBeNull();
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        await App.OnlineAsync(bea, cyd);

        (await RunAsync<TransferIdleOffersJob>()).ShouldStartWith("1 ");

        (await App.HolderAsync(conversation)).ShouldNotBe(first);
        (await LastTriggerAsync(conversation)).ShouldBe(RoutingTrigger.IdleTimeElapsed);
    }

    [Fact]
    public async Task J4_TheUnansweredJob_MarksTheConversation()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f => (f.UnansweredEnabled, f.UnansweredMinutes, f.UnansweredAction) = (true, 10, UnansweredAction.Nothing));
        var conversation = await NewConversationAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(10));

        (await RunAsync<MarkUnansweredJob>()).ShouldBe("1 conversations marked unanswered");

        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.MarkedUnansweredAt).SingleAsync()))
            .ShouldBe(App.Clock.GetUtcNow());
    }

    [Fact]
    public async Task J4_TheClientTimeoutJob_ClosesTheConversation()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f => (f.TimeoutEnabled, f.TimeoutMinutes) = (true, 30));
        var conversation = await NewConversationAsync();
        (await App.Get<MessengerService>().SendAsync(Scenario.Admin, conversation, "Anything else?", asNote: false)).ShouldSucceed();
        App.Clock.Advance(TimeSpan.FromMinutes(30));

        (await RunAsync<CloseTimedOutConversationsJob>()).ShouldStartWith("1 ");

        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.IsOpen).SingleAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task J4_TheFullCloseJob_EndsTheRatingWindow()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f => f.FullCloseMinutes = 15);
        var conversation = await NewConversationAsync();
        (await App.Get<MessengerService>().CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();
        App.Clock.Advance(TimeSpan.FromMinutes(15));

        (await RunAsync<FullyCloseJob>()).ShouldBe("1 conversations fully closed");

        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.Status).SingleAsync()))
            .ShouldBe(ConversationStatus.FullyClosed);
    }

    [Fact]
    public async Task J4_TheRatingTimeLimitJob_WithdrawsTheRequest()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f => f.FullCloseMinutes = 60);
        (await App.Get<OpenChannels.Web.Features.Rating.RatingSettingsService>().SaveAsync(
            Scenario.ChannelId, new OpenChannels.Web.Features.Rating.RatingForm { AskClient = true, TimeLimitOn = true, TimeLimitMinutes = 10 })).ShouldSucceed();
        var conversation = await NewConversationAsync();
        (await App.Get<MessengerService>().CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();
        App.Clock.Advance(TimeSpan.FromMinutes(10));

        (await RunAsync<WithdrawRatingRequestsJob>()).ShouldBe("1 rating requests withdrawn");

        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.RatingWithdrawnAt).SingleAsync()))
            .ShouldBe(App.Clock.GetUtcNow());
    }

    [Fact]
    public async Task TheListExportsJob_WritesAQueuedExport()
    {
        await NewConversationAsync();
        (await App.Get<OpenChannels.Web.Features.Statistics.ListExports>().StartAsync(Scenario.Admin, "?columns=Number")).ShouldSucceed();

        (await RunAsync<RunListExportsJob>()).ShouldBe("1 exports written");

        (await App.QueryAsync(db => db.ListExports.Select(e => e.Status).SingleAsync())).ShouldBe(OpenChannels.Domain.Statistics.ListExportStatus.Ready);
    }

    [Fact]
    public async Task J4_TheBotHandOverJob_GivesTheAgentsAConversationWhoseBotTimeIsOver()
    {
        var bot = await App.FaqBotAsync("Helper", (null, "hello", "Hi!", false));
        await App.UseBotAsync(Scenario.ChannelId, bot, f => (f.HandOverAfterOn, f.HandOverMinutes) = (true, 2));
        var conversation = await NewConversationAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        (await RunAsync<HandOverFromBotsJob>()).ShouldBe("1 conversations handed over by bots");

        (await LastTriggerAsync(conversation)).ShouldBe(RoutingTrigger.BotHandOver);
    }

    [Fact]
    public async Task TheBotEventsJob_SendsWhatIsDue()
    {
        await using var server = await TestBotServer.StartAsync(App.Clock);
        var (bot, credentials) = await App.WebhookBotAsync("Shop bot", server.Url.ToString());
        server.Secret = credentials.Secret;
        await App.UseBotAsync(Scenario.ChannelId, bot);
        await NewConversationAsync();

        (await RunAsync<DeliverBotEventsJob>()).ShouldBe("1 bot events delivered");

        server.Handled.ShouldHaveSingleItem();
    }

    private Task<string> RunAsync<TJob>()
        where TJob : IRecurringJob => App.Get<TJob>().RunAsync(CancellationToken.None);

    private Task<int> IdOfAsync(string firstName) =>
        App.QueryAsync(db => db.Employees.Where(e => e.FirstName == firstName).Select(e => e.Id).SingleAsync());


    private async Task<int> NewConversationAsync()
    {
        await (await WidgetVisitor.StartAsync(App, Scenario.Key)).SayAsync("Hello");
        return await App.QueryAsync(db => db.Conversations.OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
    }


    private async Task<RoutingTrigger> LastTriggerAsync(int conversationId) =>
        (await App.QueryAsync(db => db.RoutingAudit.Where(a => a.ConversationId == conversationId).OrderBy(a => a.Id).Select(a => a.Trigger).ToListAsync())).Last();
}
