using Microsoft.Playwright;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Routing;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>Q-7 on the Queue tab: the channel answers in its own name, with its own photo.</summary>
public sealed class QueueTabInTheBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly byte[] Png = TestImages.Png;

    [Fact]
    public async Task Q7_TheChannelsOwnNameAndPhoto_AreSetOnTheQueueTab()
    {
        var scenario = await Scenario.CreateAsync(App);
        await SignInAsync(Page);
        await OpenChannelTabAsync(scenario.ChannelId, "Queue");

        await Page.GetByText("The open channel's own name and photo").ClickAsync();
        var entries = Page.GetByTestId("channel-entries");
        await entries.GetByLabel("Name clients see").FillAsync("Acme Support");
        await entries.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "acme.png", MimeType = "image/png", Buffer = Png });
        await Expect(entries.GetByRole(AriaRole.Img, new() { Name = "The channel's photo" })).ToBeVisibleAsync();
        await Page.ScreenshotToArtifactsAsync("queue-tab-channel-entries");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save queue settings" }).ClickAsync();
        await Expect(Page.GetByText("Queue settings saved.")).ToBeVisibleAsync();

        var form = (await App.Get<QueueSettingsService>().GetAsync(scenario.ChannelId))!;
        (form.AgentInfo, form.AgentDisplayName, form.HasAgentPhoto).ShouldBe((AgentInfoMode.ChannelEntries, "Acme Support", true));
    }
}
