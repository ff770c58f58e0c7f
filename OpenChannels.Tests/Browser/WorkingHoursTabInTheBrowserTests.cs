using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Scheduling;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

public sealed class WorkingHoursTabInTheBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Administrator_SetsWorkingHours_ABadHolidayIsNamed_ThenItSaves()
    {
        var scenario = await Scenario.CreateAsync(App);
        await SignInAsync(Page);
        await OpenChannelTabAsync(scenario.ChannelId, "Working hours");

        await Page.GetByText("Use working hours").ClickAsync();
        await Page.FillFieldAsync("Holidays", "31.12, 32.13");
        await Expect(Page.GetByText("\"32.13\" is not a day of the year. Write days as dd.mm, e.g. 31.12, 01.01.").First).ToBeVisibleAsync();
        await Page.ScreenshotToArtifactsAsync("working-hours");

        await Page.FillFieldAsync("Holidays", "31.12, 01.01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save working hours" }).ClickAsync();
        await Expect(Page.GetByText("Working hours saved.")).ToBeVisibleAsync();

        var saved = (await App.Get<WorkingHoursService>().GetAsync(scenario.ChannelId))!;
        saved.Enabled.ShouldBeTrue();
        saved.Holidays.ShouldBe("31.12, 01.01");
        saved.DaysOff.ShouldBe([DayOfWeek.Saturday, DayOfWeek.Sunday], ignoreOrder: true);
    }
}
