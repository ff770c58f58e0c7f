using Microsoft.Playwright;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.AutomaticActions;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

public sealed class AutomaticActionsTabInTheBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Administrator_SetsGreetingUnansweredReplyAndTimeout()
    {
        var scenario = await Scenario.CreateAsync(App);
        await SignInAsync(Page);
        await OpenChannelTabAsync(scenario.ChannelId, "Automatic actions");

        await Page.GetByText("At every new conversation").ClickAsync();
        await Page.GetByText("Mark as unanswered when no agent replied in time").ClickAsync();
        await Page.GetByText("Send an automatic reply").ClickAsync();
        await Page.GetByText("Close when the client does not answer the agent").ClickAsync();
        await Page.Locator("body").SelectOptionAsync(Page, "Ask for contact details", "After the first message");
        await Page.Locator("body").SelectOptionAsync(Page, "Phone", "Required");
        await Page.ScreenshotToArtifactsAsync("automatic-actions");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save automatic actions" }).ClickAsync();
        await Expect(Page.GetByText("Automatic actions saved.")).ToBeVisibleAsync();

        var saved = (await App.Get<AutomaticActionsService>().GetAsync(scenario.ChannelId))!;
        (saved.Greeting, saved.UnansweredEnabled, saved.UnansweredAction, saved.TimeoutEnabled)
            .ShouldBe((GreetingMode.EveryConversation, true, UnansweredAction.AutoReply, true));
        (saved.ContactFormMode, saved.ContactName, saved.ContactPhone)
            .ShouldBe((ContactFormMode.AfterFirstMessage, ContactFieldRule.Required, ContactFieldRule.Required));
    }
}
