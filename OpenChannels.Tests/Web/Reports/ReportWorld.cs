using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Kpi;
using OpenChannels.Web.Features.Rating;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Features.Scheduling;

namespace OpenChannels.Tests.Web.Reports;

/// <summary>
/// A scripted week, built once for the report tests, through the real app: the live chat writes, agents accept and
/// answer on the test clock, clients and a supervisor rate. "Website" keeps New York's hours (UTC−5 in November) and
/// a one-minute first-response target (K-1); "Shop" keeps Kolkata's (UTC+5:30, a half-hour zone) and no target.
/// <list type="bullet">
/// <item>W1 Mon 23 Nov 09:00 UTC (04:00 New York): Bea answers in 20 s; the client likes it; Ada gives 4 stars.</item>
/// <item>W2 Tue 24 Nov 03:00 UTC (Mon 23, 22:00 New York): Dan answers in 90 s; the client dislikes it.</item>
/// <item>S1 Tue 24 Nov 18:45 UTC (Wed 25, 00:15 Kolkata): Bea answers in 10 min.</item>
/// <item>W3 Wed 25 Nov 14:00 UTC (09:00 New York): nobody answers.</item>
/// </list>
/// </summary>
public sealed class ReportWorld : IAsyncLifetime
{
    public TestApp App { get; } = new(clock: new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));

    public Scenario Website { get; private set; } = default!;

    public int ShopId { get; private set; }

    public int Bea { get; private set; }

    public int Dan { get; private set; }

    public async Task InitializeAsync()
    {
        Website = await Scenario.CreateAsync(App, "Website", "Bea", "Dan");
        var shop = await Scenario.CreateAsync(App, "Shop");
        ShopId = shop.ChannelId;
        (Bea, Dan) = (await App.EmployeeIdAsync("bea@example.test"), await App.EmployeeIdAsync("dan@example.test"));
        (await App.Get<QueueSettingsService>().ReplaceQueueAsync(ShopId, [Website.Admin.EmployeeId, Bea])).ShouldSucceed();
        await HoursAsync(Website.ChannelId, "America/New_York");
        await HoursAsync(ShopId, "Asia/Kolkata");
        var kpi = (await App.Get<KpiSettingsService>().GetAsync(Website.ChannelId))!;
        kpi.InitialMinutes = 1;
        (await App.Get<KpiSettingsService>().SaveAsync(Website.ChannelId, kpi)).ShouldSucceed();
        var rating = (await App.Get<RatingSettingsService>().GetAsync(Website.ChannelId))!;
        (rating.AskClient, rating.AllowDuringConversation) = (true, true);
        (await App.Get<RatingSettingsService>().SaveAsync(Website.ChannelId, rating)).ShouldSucceed();

        var (w1, v1) = await AnsweredAsync(Website.Key, Bea, TimeSpan.FromSeconds(20));
        (await v1.RateAsync(w1, "like")).EnsureSuccessStatusCode();
        (await Messenger.RateAsync(Website.Admin, w1, 4, null)).ShouldSucceed();

        Until(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero));
        var (w2, v2) = await AnsweredAsync(Website.Key, Dan, TimeSpan.FromSeconds(90));
        (await v2.RateAsync(w2, "dislike")).EnsureSuccessStatusCode();

        Until(new DateTimeOffset(2026, 11, 24, 18, 45, 0, TimeSpan.Zero));
        await AnsweredAsync(shop.Key, Bea, TimeSpan.FromMinutes(10));

        Until(new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.Zero));
        await (await WidgetVisitor.StartAsync(App, Website.Key)).SayAsync("Anyone there?");
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    private MessengerService Messenger => App.Get<MessengerService>();

    private async Task<(int Conversation, WidgetVisitor Visitor)> AnsweredAsync(string key, int agent, TimeSpan after)
    {
        var before = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).ToListAsync());
        var visitor = await WidgetVisitor.StartAsync(App, key);
        await visitor.SayAsync("Hello, a question about my order");
        var id = await App.QueryAsync(db => db.Conversations.Where(c => !before.Contains(c.Id)).Select(c => c.Id).SingleAsync());
        (await Messenger.AcceptAsync(new Viewer(agent), id)).ShouldSucceed();
        App.Clock.Advance(after);
        (await Messenger.SendAsync(new Viewer(agent), id, "Let me check.", asNote: false)).ShouldSucceed();
        return (id, visitor);
    }

    private async Task HoursAsync(int channelId, string zone)
    {
        var hours = App.Get<WorkingHoursService>();
        var form = (await hours.GetAsync(channelId))!;
        (form.Enabled, form.TimeZone, form.DaysOff, form.OutOfHoursReply, form.NoAgentReply) = (true, zone, [], false, false);
        (form.Opens, form.Closes) = (TimeSpan.Zero, new TimeSpan(23, 59, 0));
        (await hours.SaveAsync(channelId, form)).ShouldSucceed();
    }

    private void Until(DateTimeOffset at) => App.Clock.SetUtcNow(at);
}
