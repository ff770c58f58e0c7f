using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

public sealed class ChannelPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Administrator_AddsALiveChat_GetsItsSnippet_BuildsTheQueue_AndAQuickReplyList()
    {
        var channelId = (await App.Get<OpenChannelService>().CreateAsync("Website")).Value;
        await new Scenario(App).AddAgentAsync("Bea");
        await SignInAsync(Page);

        await Page.GotoAsync("/open-channels");
        await Page.WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Website" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Website" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add connector" }).ClickAsync();
        await Page.GetByTestId("add-live-chat").ClickAsync();
        var snippet = Page.GetByLabel("Embed snippet");
        await Expect(snippet).ToHaveValueAsync(new Regex("^<script src=\"http://127\\.0\\.0\\.1:\\d+/widget/openchannels-widget\\.js\" data-key=\"[0-9a-f]{24}\" async></script>$"));
        await Page.ScreenshotToArtifactsAsync("channel-connectors");

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Queue" }).ClickAsync();
        await Page.Locator("body").SelectOptionAsync(Page, "Add an employee or a department", "Bea");
        await Expect(Page.GetByTestId("queue")).ToContainTextAsync("Bea");
        await Page.GetByText("Strictly in queue order").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save queue settings" }).ClickAsync();
        await Expect(Page.GetByText("Queue settings saved.")).ToBeVisibleAsync();
        await Page.ScreenshotToArtifactsAsync("channel-queue");

        // a quick-reply list made from the Automatic actions tab and chosen for this channel.
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Automatic actions" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "New list" }).ClickAsync();
        var prompt = Page.GetByRole(AriaRole.Dialog);
        await prompt.FillFieldAsync("Name", "Support answers");
        await prompt.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var editor = Page.GetByRole(AriaRole.Dialog);
        await Expect(editor.GetByText("No replies yet.")).ToBeVisibleAsync();
        await editor.FillFieldAsync("Title", "Opening hours");
        await editor.FillFieldAsync("Text", "We answer from 9 to 18, Monday to Friday.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add reply" }).ClickAsync();
        await Expect(editor.GetByTestId("quick-replies")).ToContainTextAsync("We answer from 9 to 18, Monday to Friday.");
        await Page.ScreenshotToArtifactsAsync("channel-quick-reply-list");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save automatic actions" }).ClickAsync();
        await Expect(Page.GetByText("Automatic actions saved.")).ToBeVisibleAsync();

        var queue = (await App.QueryAsync(db => db.OpenChannels.AsNoTracking().SingleAsync(c => c.Id == channelId))).Queue;
        queue.Count.ShouldBe(1);
        (await App.QueryAsync(db => db.OpenChannels.Where(c => c.Id == channelId).Select(c => c.QueueSettings.Mode).SingleAsync()))
            .ShouldBe(OpenChannels.Domain.Routing.DistributionMode.StrictlyInOrder);
        (await App.Get<OpenChannels.Web.Features.QuickReplies.QuickReplyService>().ForChannelAsync(channelId)).ShouldHaveSingleItem().Title.ShouldBe("Opening hours");

        // The snippet really works: the demo website with this key shows the widget.
        var key = (await App.Get<ConnectorService>().ConnectorsAsync(channelId)).Single().PublicKey;
        await using var visitorContext = await NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"/demo?key={key}");
        await visitor.Locator("[data-oc=launcher]").ClickAsync();
        await Expect(visitor.Locator("[data-oc=title]")).ToHaveTextAsync("Website");
    }
}
