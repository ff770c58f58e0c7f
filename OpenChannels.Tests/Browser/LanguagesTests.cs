using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Shared;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>
/// A French, an Italian and a Polish user see the contact centre, a channel's tabs and the live chat in their language:
/// no English left (the screenshots are looked at; the test checks for the English words of those screens).
/// </summary>
public sealed partial class LanguagesTests(BrowserFixture browser) : BrowserTest(browser)
{
    // Words of these screens in English; none may show for a French, Italian or Polish user.
    private static readonly string[] EnglishWords =
    [
        "Contact center", "Open channels", "Employees", "Departments", "Overview", "Profile", "Sign out", "Save", "Cancel",
        "Transfer", "Accept", "Finish", "Invite", "Internal note", "Write a reply", "Unanswered", "Working hours", "Queue",
        "Automatic actions", "Agreement", "Connectors", "Other", "Name", "Active", "Send", "Type", "Message", "Chat with us",
        "conversation", "waiting", "hours", "minutes", "Nothing", "Settings", "Language", "Visitor", "busy",
    ];

    [Theory]
    [InlineData("fr", ChannelLanguage.French)]
    [InlineData("it", ChannelLanguage.Italian)]
    [InlineData("pl", ChannelLanguage.Polish)]
    public async Task AUserInTheirLanguage_SeesNoEnglish_InTheContactCentreTheChannelTabsAndTheWidget(string language, ChannelLanguage channelLanguage)
    {
        var scenario = await Scenario.CreateAsync(App);
        var settings = (await App.Get<GeneralSettingsService>().GetAsync(scenario.ChannelId))!;
        settings.Language = channelLanguage;
        (await App.Get<GeneralSettingsService>().SaveAsync(scenario.ChannelId, settings)).ShouldSucceed();
        await (await WidgetVisitor.StartAsync(App, scenario.Key)).SayAsync("Bonjour / Buongiorno / Dzień dobry");
        var id = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        var userId = await App.QueryAsync(db => db.Users.Where(u => u.Email == TestApp.AdminEmail).Select(u => u.Id).SingleAsync());
        (await App.Get<UserPreferenceService>().SetLanguageAsync(userId, language)).ShouldSucceed();

        // Signing in (in English, the browser's language) brings the language chosen in the profile.
        await SignInAsync(Page);
        await Page.GotoAsync($"/contact-center/{id}");
        await Page.WaitForInteractiveAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Page.ScreenshotToArtifactsAsync($"{language}-contact-centre");
        await ShouldHaveNoEnglishAsync(Page.Locator("body"), "the contact centre");

        await Page.GotoAsync($"/open-channels/{scenario.ChannelId}");
        await Page.WaitForInteractiveAsync();
        var tabs = Page.GetByRole(AriaRole.Tab);
        var count = await tabs.CountAsync();
        count.ShouldBeGreaterThan(4);
        for (var i = 0; i < count; i++)
        {
            await tabs.Nth(i).ClickAsync();
            await Expect(tabs.Nth(i)).ToHaveAttributeAsync("aria-selected", "true");
            await Page.ScreenshotToArtifactsAsync($"{language}-channel-tab-{i + 1}");
            await ShouldHaveNoEnglishAsync(Page.Locator("main"), $"channel tab {i + 1}");
        }

        await using var visitorContext = await NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"/demo?key={scenario.Key}");
        await visitor.Locator("[data-oc=launcher]").ClickAsync();
        await Expect(visitor.Locator("[data-oc=window]")).ToBeVisibleAsync();
        await visitor.ScreenshotToArtifactsAsync($"{language}-widget");
        await ShouldHaveNoEnglishAsync(visitor.Locator("[data-oc=window]"), "the live chat");
    }

    private static async Task ShouldHaveNoEnglishAsync(ILocator scope, string where)
    {
        var text = await scope.InnerTextAsync();
        var left = EnglishWords.Where(word => Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(word)}(?!\p{{L}})")).ToList();
        left.ShouldBeEmpty($"English left in {where}:\n{text}");
    }
}
