using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Notifications;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Kpi;
using OpenChannels.Web.Features.Notifications;
using OpenChannels.Web.Features.Scheduling;

namespace OpenChannels.Tests.Web.Kpi;

/// <summary>
/// K-2 through the real app on a fake clock: a late answer is announced once, to the chosen employees and the
/// responsible agent, in the channel's language; an answer in time is never announced — whatever the sweeps race.
/// </summary>
public sealed class LateResponseTests() : ScenarioTest("Bea", "Sam")
{
    private LateResponses Late => App.Get<LateResponses>();

    private MessengerService Messenger => App.Get<MessengerService>();

    [Fact]
    public async Task ALateFirstAnswer_IsAnnouncedOnce_ToTheChosenAndTheHolder_WithThePlaceholdersFilled()
    {
        var (bea, sam) = (await IdAsync("bea"), await IdAsync("sam"));
        await KpiAsync(f => (f.InitialMinutes, f.Notify, f.NotifyEmployeeIds, f.NotifyHolder) = (5, true, [sam], true));
        var conversation = await Scenario.ConversationAsync("Where is my parcel?", heldBy: bea);

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        (await Late.AnnounceAsync()).ShouldBe(0, "an answer at the very deadline would still be in time");
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        (await Late.AnnounceAsync()).ShouldBe(1);
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        (await Late.AnnounceAsync()).ShouldBe(0, "the same late answer is announced once");

        var sent = await NotificationsAsync();
        sent.Select(n => n.EmployeeId).ShouldBe([sam, bea], ignoreOrder: true);
        sent.ShouldAllBe(n => n.Kind == NotificationKind.LateResponse && n.ConversationId == conversation);
        sent[0].Text.ShouldBe("The answer in conversation #DIALOG# is late. Responsible: Bea.");
    }

    [Fact]
    public async Task AnAnswerInTime_IsNeverAnnounced_AndTheNextLateOneIs_ByTheSubsequentTarget()
    {
        var sam = await IdAsync("sam");
        await KpiAsync(f => (f.InitialMinutes, f.SubsequentMinutes, f.Notify, f.NotifyEmployeeIds) = (5, 2, true, [sam]));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        App.Clock.Advance(TimeSpan.FromMinutes(4));
        (await Messenger.SendAsync(Scenario.Admin, conversation, "Hi! Let me look.", asNote: false)).ShouldSucceed();
        App.Clock.Advance(TimeSpan.FromHours(1));
        (await Late.AnnounceAsync()).ShouldBe(0);

        await visitor.SayAsync("Any news?");
        App.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        (await Late.AnnounceAsync()).ShouldBe(1);

        (await NotificationsAsync()).ShouldHaveSingleItem().EmployeeId.ShouldBe(sam);
        var responses = await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.Responses).SingleAsync());
        (responses.Count, responses.LateCount, responses.LateSince).ShouldBe((1, 0, (DateTimeOffset?)App.Clock.GetUtcNow()));

        (await Messenger.SendAsync(Scenario.Admin, conversation, "Sorry for the wait.", asNote: false)).ShouldSucceed();
        responses = await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.Responses).SingleAsync());
        (responses.Count, responses.LateCount, responses.DueAt).ShouldBe((2, 1, (DateTimeOffset?)null));
    }

    [Fact]
    public async Task WithoutNotifications_TheLateAnswerIsCounted_AndNobodyIsTold()
    {
        await KpiAsync(f => f.InitialMinutes = 1);
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: Scenario.Admin.EmployeeId);
        App.Clock.Advance(TimeSpan.FromMinutes(3));
        (await Late.AnnounceAsync()).ShouldBe(1);
        (await Messenger.SendAsync(Scenario.Admin, conversation, "Hi", asNote: false)).ShouldSucceed();

        (await NotificationsAsync()).ShouldBeEmpty();
        (await App.QueryAsync(db => db.Conversations.Select(c => c.Responses.LateCount).SingleAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task TheTextFollowsTheChannelsLanguage_AndAnOwnTextReplacesIt()
    {
        var sam = await IdAsync("sam");
        await ChannelLanguageAsync(ChannelLanguage.French);
        await KpiAsync(f => (f.InitialMinutes, f.Notify, f.NotifyEmployeeIds) = (1, true, [sam]));
        await Scenario.ConversationAsync("Bonjour");
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        (await Late.AnnounceAsync()).ShouldBe(1);

        (await NotificationsAsync()).ShouldHaveSingleItem().Text.ShouldBe("La réponse dans la discussion #DIALOG# est en retard. Responsable : personne pour l'instant.");

        await KpiAsync(f => f.Text = "Hurry up, #OPERATOR#: #DIALOG#");
        await Scenario.ConversationAsync("Encore", heldBy: sam);
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        (await Late.AnnounceAsync()).ShouldBe(1);
        (await NotificationsAsync()).Last().Text.ShouldBe("Hurry up, Sam: #DIALOG#");
    }

    [Fact]
    public async Task CountOnlyWorkingHours_ThePauseOutsideThemDoesNotMakeAnAnswerLate()
    {
        var sam = await IdAsync("sam");
        var hours = App.Get<WorkingHoursService>();
        var form = (await hours.GetAsync(Scenario.ChannelId))!;
        (form.Enabled, form.TimeZone, form.Opens, form.Closes) = (true, "Etc/UTC", new TimeSpan(9, 0, 0), new TimeSpan(17, 0, 0));
        form.DaysOff = [DayOfWeek.Saturday, DayOfWeek.Sunday];
        (await hours.SaveAsync(Scenario.ChannelId, form)).ShouldSucceed();
        await KpiAsync(f => (f.InitialMinutes, f.WorkingHoursOnly, f.Notify, f.NotifyEmployeeIds) = (30, true, true, [sam]));
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 16, 50, 0, TimeSpan.Zero)); // a Friday, 10 minutes before closing
        var conversation = await Scenario.ConversationAsync("Before the weekend", heldBy: Scenario.Admin.EmployeeId);

        App.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero)); // Monday: 25 working minutes later
        (await Late.AnnounceAsync()).ShouldBe(0);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        (await Late.AnnounceAsync()).ShouldBe(0, "exactly 30 working minutes: still in time");
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        (await Late.AnnounceAsync()).ShouldBe(1);
        (await Messenger.SendAsync(Scenario.Admin, conversation, "Good morning!", asNote: false)).ShouldSucceed();

        (await App.QueryAsync(db => db.Conversations.Select(c => c.Responses.InitialSeconds).SingleAsync())).ShouldBe(30 * 60 + 1);
    }

    [Fact]
    public async Task RepliesAndSweepsRacing_OnTwoInstances_AnnounceEachLateAnswerExactlyOnce_AndNoAnswerInTime()
    {
        var sam = await IdAsync("sam");
        await KpiAsync(f => (f.InitialMinutes, f.Notify, f.NotifyEmployeeIds) = (5, true, [sam]));
        var ids = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            ids.Add(await Scenario.ConversationAsync($"Client {i}", heldBy: Scenario.Admin.EmployeeId));
        }

        App.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var second = new TestApp(dataDirectory: App.DataDirectory, clock: App.Clock);
        var replies = ids.Where((_, i) => i % 2 == 0).Select(id => Task.Run(() => Messenger.SendAsync(Scenario.Admin, id, "Here I am", asNote: false)));
        var sweeps = new[] { Task.Run(() => Late.AnnounceAsync()), Task.Run(() => Late.AnnounceAsync()), Task.Run(() => second.Get<LateResponses>().AnnounceAsync()) };
        (await Task.WhenAll(replies)).ShouldAllBe(r => r.Succeeded);
        var announced = (await Task.WhenAll(sweeps)).Sum();
        announced += await Late.AnnounceAsync();

        var notified = (await NotificationsAsync()).Select(n => n.ConversationId!.Value).ToList();
        notified.ShouldBeUnique();
        notified.Count.ShouldBe(announced);
        notified.ShouldBeSubsetOf(ids);
        ids.Where((_, i) => i % 2 == 1).ShouldBeSubsetOf(notified, "nobody answered these");
        var late = await App.QueryAsync(db => db.Conversations.Where(c => c.Responses.LateSince != null || c.Responses.LateCount > 0).Select(c => c.Id).ToListAsync());
        late.ShouldBe(ids, ignoreOrder: true, "every answer was late: announced before it came, or counted late when it won the race");
    }

    [Fact]
    public async Task TheDeadlineIsData_ARestartedAppAnnouncesWhatBecameLateWhileItWasDown()
    {
        var sam = await IdAsync("sam");
        await KpiAsync(f => (f.InitialMinutes, f.Notify, f.NotifyEmployeeIds) = (5, true, [sam]));
        await Scenario.ConversationAsync("Hello");

        var restarted = App.Restart();
        restarted.Clock.Advance(TimeSpan.FromMinutes(30));
        (await restarted.Get<LateResponses>().AnnounceAsync()).ShouldBe(1);
        (await restarted.Get<NotificationService>().CentreAsync(sam)).Unread.ShouldBe(1);
        restarted.Dispose();
    }

    [Fact]
    public async Task AClosedConversation_IsNotAnnounced()
    {
        var sam = await IdAsync("sam");
        await KpiAsync(f => (f.InitialMinutes, f.Notify, f.NotifyEmployeeIds) = (5, true, [sam]));
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: Scenario.Admin.EmployeeId);
        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();
        App.Clock.Advance(TimeSpan.FromHours(1));

        (await Late.AnnounceAsync()).ShouldBe(0);
    }

    private Task<int> IdAsync(string name) => App.EmployeeIdAsync($"{name}@example.test");

    private Task<List<Notification>> NotificationsAsync() => App.QueryAsync(db => db.Notifications.OrderBy(n => n.Id).ToListAsync());

    private async Task KpiAsync(Action<KpiForm> change)
    {
        var kpi = App.Get<KpiSettingsService>();
        var form = (await kpi.GetAsync(Scenario.ChannelId))!;
        change(form);
        (await kpi.SaveAsync(Scenario.ChannelId, form)).ShouldSucceed();
    }

    private async Task ChannelLanguageAsync(ChannelLanguage language)
    {
        var general = App.Get<GeneralSettingsService>();
        var form = (await general.GetAsync(Scenario.ChannelId))!;
        form.Language = language;
        (await general.SaveAsync(Scenario.ChannelId, form)).ShouldSucceed();
    }
}
