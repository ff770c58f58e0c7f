using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors.Email;
using OpenChannels.Web.Features.Channels;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>CH-1 as an administrator does it: a mailbox added as an e-mail connector against smtp4dev, tested, then changed.</summary>
public sealed class EmailFlowTests(BrowserFixture browser, TestMailServer server) : BrowserTest(browser), IClassFixture<TestMailServer>
{
    [Fact]
    public async Task Administrator_AddsAMailbox_SendsATest_AndChangesItsSettings_KeepingThePassword()
    {
        var channelId = (await App.Get<OpenChannelService>().CreateAsync("Shop")).Value;
        await SignInAsync(Page);
        await Page.GotoAsync($"/open-channels/{channelId}");
        await Page.WaitForInteractiveAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add connector" }).ClickAsync();
        await Page.GetByTestId("add-email").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.FillFieldAsync("Address clients write to", "support@shop.example");
        await dialog.FillFieldAsync("Name in answers", "Shop support");
        var imap = dialog.GetByTestId("email-imap");
        await imap.FillFieldAsync("Server", "127.0.0.1");
        await imap.FillFieldAsync("Port", server.ImapPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await imap.SelectOptionAsync(Page, "Security", "None (local relay only)");
        await imap.FillFieldAsync("User name", "support");
        var smtp = dialog.GetByTestId("email-smtp");
        await smtp.FillFieldAsync("Server", "127.0.0.1");
        await smtp.FillFieldAsync("Port", server.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await smtp.SelectOptionAsync(Page, "Security", "None (local relay only)");
        await dialog.GetByTestId("email-save").ClickAsync();
        await Expect(dialog).ToContainTextAsync("Enter the mailbox's password.");
        await dialog.FillFieldAsync("Password", "mailbox-pass");
        await Page.ScreenshotToArtifactsAsync("connector-email-dialog");
        await dialog.GetByTestId("email-save").ClickAsync();
        await Expect(Page.GetByText("E-mail connector added.")).ToBeVisibleAsync();

        var card = Page.Locator("[data-connector]");
        await Expect(card.GetByTestId("email-settings")).ToContainTextAsync("support@shop.example");
        await card.GetByTestId("connector-test").ClickAsync();
        await Expect(Page.GetByText("The test went through.")).ToBeVisibleAsync();

        // Changed later: the form shows what is kept, never the password, and a blank one keeps it.
        await card.GetByTestId("connector-menu").ClickAsync();
        await Page.GetByTestId("connector-edit").ClickAsync();
        await Expect(dialog.GetByLabel("Address clients write to")).ToHaveValueAsync("support@shop.example");
        await Expect(Page.GetByTestId("connector-move")).ToBeHiddenAsync(); // the menu is not left drawn behind the dialog
        await Expect(dialog.GetByLabel(new System.Text.RegularExpressions.Regex("^Password"))).ToHaveValueAsync(string.Empty);
        await Expect(dialog).ToContainTextAsync("Leave empty to keep the current password.");
        await dialog.FillFieldAsync("Check for new mail every (seconds)", "120");
        await dialog.FillFieldAsync("Name", "Orders mailbox");
        await Page.ScreenshotToArtifactsAsync("connector-email-edit");
        await dialog.GetByTestId("email-save").ClickAsync();
        await Expect(Page.GetByText("Saved.")).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("Orders mailbox");
        await Expect(card.GetByTestId("email-settings")).ToContainTextAsync("checked every 120 s");
        await card.GetByTestId("connector-test").ClickAsync();
        await Expect(Page.GetByText("The test went through.")).ToBeVisibleAsync();

        var connector = await App.QueryAsync(db => db.Connectors.SingleAsync());
        App.Get<OpenChannels.Web.Connectors.ConnectorCredentials>().Unprotect(connector.ProtectedSecret!).ShouldBe("mailbox-pass");
        EmailSettings.Parse(connector.Settings).PollSeconds.ShouldBe(120);
    }
}
