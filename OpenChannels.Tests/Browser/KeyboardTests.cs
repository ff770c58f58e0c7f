using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>The contact centre without a mouse: move between conversations, accept, reply, and the list of shortcuts.</summary>
public sealed partial class KeyboardTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AnAgent_MovesAcceptsAndReplies_WithTheKeyboardAlone()
    {
        var scenario = await Scenario.CreateAsync(App);
        await (await WidgetVisitor.StartAsync(App, scenario.Key)).SayAsync("First client");
        await (await WidgetVisitor.StartAsync(App, scenario.Key)).SayAsync("Second client");
        await SignInAsync(Page);
        await Page.GotoAsync("/contact-center");
        await Page.WaitForInteractiveAsync();
        await Page.Locator("body[data-shortcuts=on]").WaitForAsync();
        var rows = Page.Locator("[data-conversation]");
        await Expect(rows).ToHaveCountAsync(2);
        var ids = new[] { await rows.Nth(0).GetAttributeAsync("data-conversation"), await rows.Nth(1).GetAttributeAsync("data-conversation") };

        // J opens the first conversation of the list, then J/K go down and up the list as it stands (opening one may
        // move it: it is read now).
        await Page.Keyboard.PressAsync("j");
        await Expect(Page).ToHaveURLAsync(new Regex($"/contact-center/{ids[0]}$"));
        await Expect(Page.Locator($"[data-conversation-pane='{ids[0]}']")).ToBeVisibleAsync();
        await Expect(Page.Locator($"[data-conversation='{ids[0]}'] .mud-theme-error")).ToHaveCountAsync(0);
        var firstIsLast = await rows.Nth(1).GetAttributeAsync("data-conversation") == ids[0];
        await Page.Keyboard.PressAsync(firstIsLast ? "k" : "j");
        await Expect(Page).ToHaveURLAsync(new Regex($"/contact-center/{ids[1]}$"));
        await Expect(Page.Locator($"[data-conversation-pane='{ids[1]}']")).ToBeVisibleAsync();
        await Expect(Page.Locator($"[data-conversation='{ids[1]}'] .mud-theme-error")).ToHaveCountAsync(0);
        firstIsLast = await rows.Nth(1).GetAttributeAsync("data-conversation") == ids[0];
        await Page.Keyboard.PressAsync(firstIsLast ? "j" : "k");
        await Expect(Page).ToHaveURLAsync(new Regex($"/contact-center/{ids[0]}$"));
        await Expect(Page.Locator($"[data-conversation-pane='{ids[0]}']")).ToBeVisibleAsync();

        // A accepts; R puts the cursor in the reply box, where letters are text, and Enter sends.
        await Page.Keyboard.PressAsync("a");
        await Expect(Page.GetByTestId("status")).ToContainTextAsync("With Ada");
        await Page.Keyboard.PressAsync("r");
        await Expect(Page.GetByTestId("composer")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("jak");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("[data-kind=agent] [data-testid=message-text]")).ToHaveTextAsync("jak");
        await Expect(Page).ToHaveURLAsync(new Regex($"/contact-center/{ids[0]}$"));

        // Escape leaves the box; ? lists the shortcuts in a dialog that Escape closes.
        await Page.Keyboard.PressAsync("Escape");
        await Page.Keyboard.PressAsync("?");
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Next conversation");
        await Page.ScreenshotToArtifactsAsync("keyboard-shortcuts");
        await Page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
    }
}
