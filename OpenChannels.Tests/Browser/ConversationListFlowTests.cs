using System.Text;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>
/// K-3 in the browser: a supervisor opens the conversation list, searches words of a message, hides a column (kept for
/// the next visit), and exports what they see — the file downloads, and parses with the chosen columns.
/// </summary>
public sealed class ConversationListFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ASupervisor_Filters_ChoosesColumns_AndExportsTheList()
    {
        var scenario = await Scenario.CreateAsync(App, "Website", "Bea");
        var bea = await App.EmployeeIdAsync("bea@example.test");
        var parcel = await scenario.ConversationAsync("My parcel never arrived", heldBy: bea);
        App.Clock.Advance(TimeSpan.FromSeconds(95));
        (await App.Get<MessengerService>().SendAsync(Scenario.Agent(bea), parcel, "It ships today, sorry!", asNote: false)).ShouldSucceed();
        await scenario.ConversationAsync("Where is my invoice?", heldBy: bea);
        await scenario.ConversationAsync("Do you sell gift cards?");

        await SignInAsync(Page);
        await Page.GotoAsync("/conversations");
        await Page.WaitForInteractiveAsync();
        var grid = Page.GetByTestId("conversation-grid");
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(grid).ToContainTextAsync("1 min 35 s");

        await Page.Locator("input[data-testid=list-search], [data-testid=list-search] input").FillAsync("parcel");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(grid).ToContainTextAsync($"#{parcel}");
        await Page.ScreenshotToArtifactsAsync("conversation-list");

        await Page.Locator("input[data-testid=list-search], [data-testid=list-search] input").FillAsync(string.Empty);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(3);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Columns" }).ClickAsync();
        await Page.Locator("[data-column=Channel] input, input[data-column=Channel]").ClickAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(grid.Locator("thead")).Not.ToContainTextAsync("Channel");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("export").ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a byte-order mark for spreadsheets");
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(4);
        lines[0].ShouldStartWith("Number,Client,Responsible,Status,Opened,Messages,Client rating,Initial response (s)");
        lines.ShouldContain(l => l.StartsWith($"{parcel},", StringComparison.Ordinal) && l.Contains(",95,", StringComparison.Ordinal));

        await Page.ReloadAsync();
        await Page.WaitForInteractiveAsync();
        await Expect(Page.GetByTestId("conversation-grid").Locator("thead")).Not.ToContainTextAsync("Channel");
    }
}
