using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>
/// in two browsers: an administrator turns rating on in the Rating tab; the visitor rates in the live chat once
/// the agent finishes, and the agent sees it appear without a reload; the supervisor adds their stars, apart.
/// </summary>
public sealed class RatingFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task TheClientRatesInTheLiveChat_AndTheAgentSeesItLive_ThenRatesWithStars()
    {
        var scenario = await Scenario.CreateAsync(App);
        await scenario.ConfigureAutomaticActionsAsync(f => f.FullCloseMinutes = 30);
        await SignInAsync(Page);
        await OpenChannelTabAsync(scenario.ChannelId, "Rating");
        await Page.GetByText("Ask the client to rate the agent").ClickAsync();
        await Page.GetByText("Allow rating during an ongoing conversation").ClickAsync();
        await Page.GetByText("Time limit for the client's rating").ClickAsync();
        await Page.FillFieldAsync("Time to rate (min)", "20");
        await Expect(Page.GetByTestId("rating-window")).ToContainTextAsync("30 min");
        await Page.ScreenshotToArtifactsAsync("rating-tab");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save rating" }).ClickAsync();
        await Expect(Page.GetByText("Rating saved.")).ToBeVisibleAsync();
        var rating = await App.QueryAsync(db => db.OpenChannels.Select(c => c.Rating).SingleAsync());
        (rating.AskClient, rating.AllowDuringConversation, rating.TimeLimit).ShouldBe((true, true, (TimeSpan?)TimeSpan.FromMinutes(20)));

        await using var visitorContext = await NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"/demo?key={scenario.Key}");
        await visitor.Locator("[data-oc=launcher]").ClickAsync();
        await visitor.Locator("[data-oc=input]").FillAsync("Hello, my parcel is late");
        await visitor.Locator("[data-oc=send]").ClickAsync();

        // while the conversation goes on, the live chat's menu offers "Rate".
        await Expect(visitor.Locator("[data-oc=menu]")).ToBeVisibleAsync();
        await visitor.Locator("[data-oc=menu]").ClickAsync();
        await Expect(visitor.Locator("[data-oc=menu-rate]")).ToHaveTextAsync("Rate this conversation");
        await visitor.Keyboard.PressAsync("Escape");

        await Page.GotoAsync("/contact-center");
        await Page.WaitForInteractiveAsync();
        await Page.Locator("[data-conversation]").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/contact-center/\\d+$"));
        await Page.GetByTestId("composer").FillAsync("It leaves the warehouse today.");
        await Page.GetByTestId("composer").PressAsync("Enter");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Finish" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes" }).ClickAsync();
        await Expect(Page.GetByTestId("client-rating-awaited")).ToBeVisibleAsync();

        // the finish brings the request into the live chat, in the channel's words.
        var request = visitor.Locator("[data-oc=rating]");
        await Expect(request.Locator("[data-oc=rating-text]")).ToHaveTextAsync(DefaultTexts.For(ChannelLanguage.English, DefaultText.RatingRequestLiveChat));
        await Expect(visitor.Locator("[data-oc=menu]")).ToBeHiddenAsync();
        await request.Locator("[data-oc=rate-like]").ClickAsync();
        await request.Locator("[data-oc=rating-comment]").FillAsync("Clear answer <script>window.__xss=1</script>");
        await visitor.ScreenshotToArtifactsAsync("widget-rating-request");
        await request.Locator("[data-oc=rating-send]").ClickAsync();
        await Expect(visitor.Locator("[data-oc=rating-thanks]")).ToHaveTextAsync("Thank you for your rating!");

        // The agent's open conversation shows it without a reload, as text.
        await Expect(Page.GetByTestId("client-rating")).ToContainTextAsync("The client liked it");
        await Expect(Page.GetByTestId("client-comment")).ToHaveTextAsync("Clear answer <script>window.__xss=1</script>");
        (await Page.EvaluateAsync<object?>("window.__xss")).ShouldBeNull();

        // The supervisor's stars are a figure of their own.
        await Page.GetByTestId("rate").ClickAsync();
        await Page.Locator(".mud-dialog [data-testid=stars] .mud-rating-item").Nth(3).ClickAsync();
        await Page.Locator(".mud-dialog").GetByLabel("Comment (optional)").FillAsync("Good tone");
        await Page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.GetByTestId("supervisor-comment")).ToHaveTextAsync("Good tone");
        await Page.ScreenshotToArtifactsAsync("conversation-ratings");

        var row = await App.QueryAsync(db => db.Conversations.SingleAsync());
        (row.ClientRating, row.SupervisorStars, row.SupervisorRatedByEmployeeId).ShouldBe(((ClientRating?)ClientRating.Like, (int?)4, (int?)scenario.Admin.EmployeeId));
    }
}
