using System.Text.RegularExpressions;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>B-1…B-3 as a visitor and an agent live them: the FAQ bot answers in the widget, 0 reaches the agent, who reads the bot's dialogue.</summary>
public sealed partial class ChatbotFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AVisitorTalksToTheFaqBot_AndReachesAnAgentWithZero()
    {
        var scenario = await Scenario.CreateAsync(App);
        var bot = await App.FaqBotAsync("Shop assistant", (null, "where is my order\ntrack my parcel", "Track your parcel at example.test/track.", true));
        await App.UseBotAsync(scenario.ChannelId, bot);
        await SignInAsync(Page);
        await Page.GotoAsync("/contact-center");
        await Page.WaitForInteractiveAsync();

        await using var visitorContext = await NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"/demo?key={scenario.Key}");
        await visitor.Locator("[data-oc=launcher]").ClickAsync();
        await visitor.Locator("[data-oc=input]").FillAsync("Hello! Where is my order?");
        await visitor.Locator("[data-oc=send]").ClickAsync();

        var botSays = visitor.Locator("[data-oc=message][data-kind=bot]");
        await Expect(botSays.Last).ToContainTextAsync("Track your parcel at example.test/track.");
        await Expect(botSays.Last).ToContainTextAsync("Send 0 to talk to an agent.");
        await Expect(botSays.Last.Locator(".oc-meta")).ToContainTextAsync("Shop assistant (chatbot)");
        await visitor.ScreenshotToArtifactsAsync("widget-faq-bot");
        await Expect(Page.Locator("[data-conversation]")).ToHaveCountAsync(0);

        await visitor.Locator("[data-oc=input]").FillAsync("0");
        await visitor.Locator("[data-oc=send]").ClickAsync();
        await Expect(botSays.Last).ToContainTextAsync("I am passing you to an agent");

        var row = Page.Locator("[data-conversation]").First;
        await Expect(row).ToBeVisibleAsync();
        await row.ClickAsync();
        await Expect(Page).ToHaveURLAsync(ConversationUrl());
        await Expect(Page.Locator("[data-kind=bot]").First).ToContainTextAsync("Track your parcel at example.test/track.");
        await Expect(Page.Locator("[data-kind=bot] .oc-message__author").First).ToHaveTextAsync("Shop assistant (chatbot)");
        await Page.GetByTestId("composer").FillAsync("Hi, I am Ada. Let me find your order.");
        await Page.GetByTestId("composer").PressAsync("Enter");
        await Expect(visitor.Locator("[data-oc=message][data-kind=agent]").Last).ToContainTextAsync("Let me find your order.");
        await Page.ScreenshotToArtifactsAsync("contact-center-after-bot");
    }

    [GeneratedRegex("/contact-center/\\d+$")]
    private static partial Regex ConversationUrl();
}
