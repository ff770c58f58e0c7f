using Bunit;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Rating;

namespace OpenChannels.Tests.Components;

/// <summary>The Rating tab (R-1…R-5): saved and read back, a bad time limit named in the form with nothing written.</summary>
public sealed class RatingTabTests : ComponentTestBase
{
    [Fact]
    public async Task TheSettings_AreSaved_AndReadBack()
    {
        var scenario = await Scenario.CreateAsync(App);
        await scenario.ConfigureAutomaticActionsAsync(f => f.FullCloseMinutes = 30);
        var tab = Render<RatingTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));
        tab.WaitForAssertion(() => tab.Markup.ShouldContain("Ask the client to rate the agent"));
        tab.Markup.ShouldNotContain("Allow rating during an ongoing conversation", Case.Sensitive, "R-2…R-4 are options of R-1");

        await Switch(tab, "Ask the client to rate the agent").ChangeAsync(new() { Value = true });
        await Switch(tab, "Allow rating during an ongoing conversation").ChangeAsync(new() { Value = true });
        await Switch(tab, "Time limit for the client's rating").ChangeAsync(new() { Value = true });
        await tab.Find("[data-testid=rating-time-limit] input, input[data-testid=rating-time-limit]").ChangeAsync(new() { Value = "10" });
        await tab.Find("[data-testid=rating-livechat-text] textarea, textarea[data-testid=rating-livechat-text]").ChangeAsync(new() { Value = "Did we help?" });
        tab.Find("[data-testid=rating-window]").TextContent.ShouldContain("30 min");
        await tab.FindAll("button").Single(b => b.TextContent.Contains("Save rating")).ClickAsync(new());

        tab.WaitForAssertion(() => tab.Markup.ShouldNotContain("mud-alert-text-error"));
        var rating = await App.QueryAsync(db => db.OpenChannels.Select(c => c.Rating).SingleAsync());
        (rating.AskClient, rating.AllowDuringConversation, rating.CloseOnRating, rating.TimeLimit, rating.LiveChatText)
            .ShouldBe((true, true, false, (TimeSpan?)TimeSpan.FromMinutes(10), "Did we help?"));
        var form = (await App.Get<RatingSettingsService>().GetAsync(scenario.ChannelId))!;
        (form.TimeLimitOn, form.TimeLimitMinutes, form.OtherChannelsText).ShouldBe((true, 10, (string?)null));
        form.DefaultOtherChannelsText.ShouldBe(DefaultTexts.For(ChannelLanguage.English, DefaultText.RatingRequestOther));
    }

    [Fact]
    public async Task ATimeLimitOutOfRange_IsRefusedNamingIt_AndNothingIsSaved()
    {
        var scenario = await Scenario.CreateAsync(App);

        var saved = await App.Get<RatingSettingsService>().SaveAsync(
            scenario.ChannelId, new RatingForm { AskClient = true, TimeLimitOn = true, TimeLimitMinutes = 0 });

        var refused = saved.ShouldFail().ShouldBeOfType<OpenChannels.Domain.Common.InvalidInput>();
        refused.Field.ShouldBe("TimeLimit");
        refused.Message.ShouldBe("The time limit for the client's rating must be between 1 minute and 1 day.");
        (await App.QueryAsync(db => db.OpenChannels.Select(c => c.Rating.AskClient).SingleAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task WithoutADelayUntilFullyClosed_TheTabWarns_ThatClientsRateOnlyDuringTheConversation()
    {
        var scenario = await Scenario.CreateAsync(App);
        await App.Get<RatingSettingsService>().SaveAsync(scenario.ChannelId, new RatingForm { AskClient = true });

        var tab = Render<RatingTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));

        tab.WaitForAssertion(() => tab.Find("[data-testid=rating-window]").TextContent.ShouldContain("can rate only during the conversation"));
    }

    private static AngleSharp.Dom.IElement Switch(IRenderedComponent<RatingTab> tab, string label) =>
        tab.FindAll("label").Single(l => l.TextContent.Contains(label, StringComparison.Ordinal)).QuerySelector("input")!;
}
