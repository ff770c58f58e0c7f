using System.Net;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Rating;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Tests.Web.Rating;

/// <summary>R-1…R-4 through the real app: the live chat asks, the client rates once, agents see it; the windows and their sweep.</summary>
public sealed class ClientRatingTests() : ScenarioTest("Bea")
{
    private MessengerService Messenger => App.Get<MessengerService>();

    [Fact]
    public async Task R1_AFinishedConversation_AsksInTheChannelsLanguage_AndTheRatingReachesTheAgents()
    {
        await ConfigureAsync(new RatingForm { AskClient = true }, fullCloseMinutes: 15, ChannelLanguage.French);
        var (visitor, conversation) = await AnsweredAsync();
        using var pushed = Watch(await ClientIdAsync());

        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();

        pushed.Names().ShouldContain(ClientEventNames.Rating, "the open live chat is told to show the request");
        var asked = await visitor.RatingAsync();
        (asked.ConversationId, asked.Stage, asked.Text).ShouldBe((conversation, "requested", DefaultTexts.For(ChannelLanguage.French, DefaultText.RatingRequestLiveChat)));
        (await App.Get<ConversationQueries>().GetAsync(Scenario.Admin, conversation))!.Ratings!.AwaitingClientUntil.ShouldBe(App.Clock.GetUtcNow().AddMinutes(15));

        var agents = new List<ConversationEvent>();
        using var agentFeed = App.Get<AgentFeed>().Subscribe(e =>
        {
            lock (agents)
            {
                agents.Add(e);
            }

            return Task.CompletedTask;
        });
        var rated = await visitor.RateAsync(conversation, "like", "  Quick and kind <b>thanks</b> ");

        rated.StatusCode.ShouldBe(HttpStatusCode.OK);
        agents.ShouldContain(e => e.ConversationId == conversation, "the agents' screens re-read it");
        var ratings = (await App.Get<ConversationQueries>().GetAsync(Scenario.Admin, conversation))!.Ratings!;
        (ratings.Client, ratings.ClientComment, ratings.ClientRatedAt, ratings.AwaitingClientUntil)
            .ShouldBe((ClientRating.Like, "Quick and kind <b>thanks</b>", App.Clock.GetUtcNow(), (DateTimeOffset?)null));
        ratings.Stars.ShouldBeNull("the supervisor's figure is apart");
        (await visitor.RatingAsync()).Stage.ShouldBe("rated");
        (await StatusAsync(conversation)).ShouldBe(ConversationStatus.Closed, "without R-3 the delay until fully closed runs on");
    }

    [Fact]
    public async Task R1_WhenTheChannelDoesNotAsk_NothingIsShown_AndARatingIsRefused()
    {
        await ConfigureAsync(new RatingForm(), fullCloseMinutes: 15);
        var (visitor, conversation) = await AnsweredAsync();
        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();

        (await visitor.RatingAsync()).Stage.ShouldBe("none");
        var refused = await visitor.RateAsync(conversation, "like");

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await WidgetVisitor.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe("rating-not-offered");
    }

    [Fact]
    public async Task R2_AnOngoingConversation_IsRatedOnlyWhenTheChannelAllowsIt_AndGoesOn()
    {
        await ConfigureAsync(new RatingForm { AskClient = true }, fullCloseMinutes: 15);
        var (visitor, conversation) = await AnsweredAsync();
        (await visitor.RatingAsync()).Stage.ShouldBe("none");
        (await visitor.RateAsync(conversation, "like")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await ConfigureAsync(new RatingForm { AskClient = true, AllowDuringConversation = true }, fullCloseMinutes: 15);
        (await visitor.RatingAsync()).Stage.ShouldBe("offered");
        (await visitor.RateAsync(conversation, "dislike", "Slow")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var row = await App.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == conversation));
        (row.IsOpen, row.ClientRating, row.ClientRatingComment).ShouldBe((true, (ClientRating?)ClientRating.Dislike, "Slow"));
        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();
        (await visitor.RatingAsync()).Stage.ShouldBe("rated", "rated once, the finish asks nothing more");
    }

    [Fact]
    public async Task R3_TheRatingOfAFinishedConversation_FullyClosesIt_AndFreesTheAgentsPlace()
    {
        await ConfigureAsync(new RatingForm { AskClient = true, CloseOnRating = true }, fullCloseMinutes: 60);
        await Scenario.ConfigureQueueAsync(f => (f.LimitConversations, f.Limit) = (true, 1));
        var (visitor, conversation) = await AnsweredAsync();
        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();
        var second = await Scenario.ConversationAsync("Me too");
        (await Messenger.AcceptAsync(Scenario.Admin, second)).Error.ShouldBeOfType<AgentAtCapacity>();

        (await visitor.RateAsync(conversation, "like")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await StatusAsync(conversation)).ShouldBe(ConversationStatus.FullyClosed);
        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.FullyClosesAt).SingleAsync())).ShouldBeNull();
        (await Messenger.AcceptAsync(Scenario.Admin, second)).ShouldSucceed();
        await OpenChannels.Tests.Web.Routing.AgentLoadAssertions.ShouldMatchTheConversationsAsync(App);
    }

    [Fact]
    public async Task R3_TheRatingOfAnOngoingConversation_ClosesItAsIfFinished_WithTheClosingText()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f => f.ClosingReply = true);
        await ConfigureAsync(new RatingForm { AskClient = true, AllowDuringConversation = true, CloseOnRating = true }, fullCloseMinutes: 15);
        var (visitor, conversation) = await AnsweredAsync();

        (await visitor.RateAsync(conversation, "like", "Solved")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var row = await App.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == conversation));
        (row.IsOpen, row.Status, row.ClosedByEmployeeId, row.AssignedEmployeeId).ShouldBe((false, ConversationStatus.FullyClosed, (int?)null, (int?)Scenario.Admin.EmployeeId));
        (await visitor.HistoryAsync()).Last().Text.ShouldBe(DefaultTexts.For(ChannelLanguage.English, DefaultText.Closing));
        (await App.Get<ConversationQueries>().ListAsync(Scenario.Admin)).ShouldBeEmpty("it left the agents' list");
        await OpenChannels.Tests.Web.Routing.AgentLoadAssertions.ShouldMatchTheConversationsAsync(App);

        await visitor.SayAsync("One more thing");
        (await App.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(2, "the client's next message starts a new conversation");
        (await visitor.RatingAsync()).Stage.ShouldBe("offered");
    }

    [Fact]
    public async Task R4_AfterTheTimeLimit_TheRequestIsWithdrawn_Once_AndALateRatingIsRefusedClearly()
    {
        await ConfigureAsync(new RatingForm { AskClient = true, TimeLimitOn = true, TimeLimitMinutes = 5 }, fullCloseMinutes: 30);
        var (visitor, conversation) = await AnsweredAsync();
        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();
        using var pushed = Watch(await ClientIdAsync());
        var sweeps = App.Get<RoutingSweeps>();

        App.Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        (await sweeps.WithdrawLateRatingRequestsAsync()).ShouldBe(0);
        (await visitor.RatingAsync()).Stage.ShouldBe("requested");
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        (await sweeps.WithdrawLateRatingRequestsAsync()).ShouldBe(1);
        (await sweeps.WithdrawLateRatingRequestsAsync()).ShouldBe(0, "a second run changes nothing");

        pushed.Names().ShouldBe([ClientEventNames.Rating], "the live chat is told once to take the request back");
        (await visitor.RatingAsync()).Stage.ShouldBe("none");
        using var late = new HttpRequestMessage(HttpMethod.Post, $"{visitor.Base}/rating") { Content = System.Net.Http.Json.JsonContent.Create(new { conversationId = conversation, rating = "like" }) };
        late.Headers.Add("Accept-Language", "fr");
        var refused = await visitor.Http.SendAsync(late);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await WidgetVisitor.ProblemAsync(refused);
        (problem.GetProperty("code").GetString(), problem.GetProperty("detail").GetString()).ShouldBe(("rating-closed", "Le délai pour évaluer cette discussion est dépassé."));

        (await StatusAsync(conversation)).ShouldBe(ConversationStatus.Closed, "the delay until fully closed (A-6) still decides the full close");
        App.Clock.Advance(TimeSpan.FromMinutes(25));
        (await sweeps.FullyCloseAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task R4_TheDeadlineIsData_ARestartStillWithdrawsTheRequest()
    {
        await ConfigureAsync(new RatingForm { AskClient = true, TimeLimitOn = true, TimeLimitMinutes = 5 }, fullCloseMinutes: 30);
        var (_, conversation) = await AnsweredAsync();
        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();

        using var restarted = App.Restart();
        restarted.Clock.Advance(TimeSpan.FromMinutes(6));
        (await restarted.Get<RoutingSweeps>().WithdrawLateRatingRequestsAsync()).ShouldBe(1);

        var row = await restarted.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == conversation));
        (row.RatingDueAt, row.RatingWithdrawnAt).ShouldBe(((DateTimeOffset?)null, (DateTimeOffset?)restarted.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task A6_TheFullClose_EndsTheRequest_WhenNoTimeLimitDoes()
    {
        await ConfigureAsync(new RatingForm { AskClient = true }, fullCloseMinutes: 10);
        var (visitor, conversation) = await AnsweredAsync();
        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();
        using var pushed = Watch(await ClientIdAsync());

        App.Clock.Advance(TimeSpan.FromMinutes(10));
        (await App.Get<RoutingSweeps>().FullyCloseAsync()).ShouldBe(1);

        pushed.Names().ShouldContain(ClientEventNames.Rating);
        (await visitor.RatingAsync()).Stage.ShouldBe("none");
        var refused = await visitor.RateAsync(conversation, "dislike");
        (await WidgetVisitor.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe("rating-closed");
    }

    [Fact]
    public async Task TheClientRatesOnce_ARetryIsAccepted_AnotherRatingIsRefused()
    {
        await ConfigureAsync(new RatingForm { AskClient = true }, fullCloseMinutes: 15);
        var (visitor, conversation) = await AnsweredAsync();
        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();

        (await visitor.RateAsync(conversation, "like", "Great")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.RateAsync(conversation, "like", "Great")).StatusCode.ShouldBe(HttpStatusCode.OK, "the same rating again is a retry");
        var second = await visitor.RateAsync(conversation, "dislike");

        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await WidgetVisitor.ProblemAsync(second)).GetProperty("code").GetString().ShouldBe("already-rated");
        (await App.QueryAsync(db => db.Conversations.Select(c => c.ClientRating).SingleAsync())).ShouldBe(ClientRating.Like);
    }

    [Fact]
    public async Task AnotherVisitor_CannotRateSomeoneElsesConversation()
    {
        await ConfigureAsync(new RatingForm { AskClient = true }, fullCloseMinutes: 15);
        var (_, conversation) = await AnsweredAsync();
        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();
        var stranger = await WidgetVisitor.StartAsync(App, Scenario.Key);

        var refused = await stranger.RateAsync(conversation, "dislike", "I was not there");

        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.RatingAsync()).ShouldBe(OpenChannels.Web.Features.Widget.WidgetRating.Nothing);
        (await App.QueryAsync(db => db.Conversations.Select(c => c.ClientRatedAt).SingleAsync())).ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"conversationId": 1, "rating": "great"}""")]
    [InlineData("""{"conversationId": 1, "rating": "3"}""")]
    [InlineData("""{"rating": "like"}""")]
    public async Task ARatingThatIsNotLikeOrDislike_IsRefusedAsInvalid(string body)
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        var refused = await visitor.Http.PostAsync($"{visitor.Base}/rating", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await WidgetVisitor.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe("invalid-input");
    }

    private async Task ConfigureAsync(RatingForm rating, int fullCloseMinutes, ChannelLanguage language = ChannelLanguage.English)
    {
        await Scenario.ConfigureAutomaticActionsAsync(f => f.FullCloseMinutes = fullCloseMinutes);
        (await App.Get<RatingSettingsService>().SaveAsync(Scenario.ChannelId, rating)).ShouldSucceed();
        var general = App.Get<GeneralSettingsService>();
        var settings = (await general.GetAsync(Scenario.ChannelId))!;
        settings.Language = language;
        (await general.SaveAsync(Scenario.ChannelId, settings)).ShouldSucceed();
    }

    /// <summary>A visitor's conversation, held and answered by the administrator.</summary>
    private async Task<(WidgetVisitor Visitor, int Conversation)> AnsweredAsync()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await App.QueryAsync(db => db.Conversations.OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
        (await Messenger.SendAsync(Scenario.Admin, conversation, "Hi! How can I help?", asNote: false)).ShouldSucceed();
        return (visitor, conversation);
    }

    private Task<ConversationStatus> StatusAsync(int id) => App.QueryAsync(db => db.Conversations.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    private Task<int> ClientIdAsync() => App.QueryAsync(db => db.Clients.OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());

    private PushedEvents Watch(int clientId)
    {
        var (events, subscription) = App.Get<ClientFeed>().Subscribe(clientId);
        return new PushedEvents(events, subscription);
    }

    /// <summary>What a visitor's open live chat was sent.</summary>
    private sealed class PushedEvents(ChannelReader<ClientEvent> events, IDisposable subscription) : IDisposable
    {
        public IReadOnlyList<string> Names()
        {
            var names = new List<string>();
            while (events.TryRead(out var e))
            {
                names.Add(e.Name);
            }

            return names;
        }

        public void Dispose() => subscription.Dispose();
    }
}
