using System.Net.Http.Json;
using System.Text.Json;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Scheduling;

namespace OpenChannels.Tests.Web.Scheduling;

/// <summary>H-1, H-2, H-12, Q-12 against the real API. The test clock stands at Monday 23 Nov 2026, 09:00 UTC.</summary>
public sealed class WorkingHoursBehaviourTests() : ScenarioTest
{

    private WorkingHoursService Hours => App.Get<WorkingHoursService>();

    [Fact]
    public async Task OutsideHours_TheClientGetsTheOutOfHoursReplyOnce_NotPerMessage()
    {
        await ScheduleAsync(opens: 10, closes: 18);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        await visitor.SayAsync("Hello?");
        await visitor.SayAsync("Anyone?");

        var automatic = (await visitor.HistoryAsync()).Where(m => m.Kind == "system").Select(m => m.Text).ToList();
        automatic.ShouldBe([DefaultTexts.For(ChannelLanguage.English, DefaultText.OutOfHours)]);
    }

    [Fact]
    public async Task InsideHours_NoOutOfHoursReply_ButTheNoAgentText()
    {
        await ScheduleAsync(opens: 8, closes: 18);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        await visitor.SayAsync("Hello?");

        (await visitor.HistoryAsync()).Where(m => m.Kind == "system").Select(m => m.Text)
            .ShouldBe([DefaultTexts.For(ChannelLanguage.English, DefaultText.NoAgent)]);
    }

    [Fact]
    public async Task CustomTexts_AndTurningTheNoAgentReplyOff()
    {
        await ScheduleAsync(opens: 8, closes: 18, change: f =>
        {
            f.NoAgentReply = false;
            f.OutOfHoursText = "We open at 8.";
        });
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        await visitor.SayAsync("Hello?");

        (await visitor.HistoryAsync()).Where(m => m.Kind == "system").ShouldBeEmpty();
        (await Hours.GetAsync(Scenario.ChannelId))!.OutOfHoursText.ShouldBe("We open at 8.");
    }

    [Fact]
    public async Task WidgetOnlyDuringHours_IsHiddenWhenClosed_AndShownWhenOpen()
    {
        await ScheduleAsync(opens: 10, closes: 18, change: f => f.ShowWidgetOnlyDuringHours = true);
        var client = App.CreateClient();

        (await client.GetFromJsonAsync<JsonElement>($"/api/widget/{Scenario.Key}/config")).GetProperty("hidden").GetBoolean().ShouldBeTrue();
        App.Clock.Advance(TimeSpan.FromHours(1));
        (await client.GetFromJsonAsync<JsonElement>($"/api/widget/{Scenario.Key}/config")).GetProperty("hidden").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task InvalidHoliday_IsRefusedNamingTheEntry_AndNothingChanges()
    {
        var form = (await Hours.GetAsync(Scenario.ChannelId))!;
        form.Enabled = true;
        form.Holidays = "31.12, 32.13";

        (await Hours.SaveAsync(Scenario.ChannelId, form)).ShouldFail().Message.ShouldStartWith("\"32.13\" is not a day of the year.");
        (await Hours.GetAsync(Scenario.ChannelId))!.Enabled.ShouldBeFalse();
    }

    private async Task ScheduleAsync(int opens, int closes, Action<WorkingHoursForm>? change = null)
    {
        var form = (await Hours.GetAsync(Scenario.ChannelId))!;
        form.Enabled = true;
        form.TimeZone = "Etc/UTC";
        form.Opens = TimeSpan.FromHours(opens);
        form.Closes = TimeSpan.FromHours(closes);
        form.DaysOff = [DayOfWeek.Sunday];
        change?.Invoke(form);
        (await Hours.SaveAsync(Scenario.ChannelId, form)).Succeeded.ShouldBeTrue();
    }
}
