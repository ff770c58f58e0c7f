using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>K-1, K-2 in the browser: an administrator sets the KPI tab's targets and whom to tell when an answer is late.</summary>
public sealed class KpiTabFlowTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AnAdministrator_SetsTheTargets_AndASupervisorToNotify()
    {
        var scenario = await Scenario.CreateAsync(App, "Website", "Bea");
        await SignInAsync(Page);
        await Page.GotoAsync($"/open-channels/{scenario.ChannelId}");
        await Page.WaitForInteractiveAsync();
        await Page.GetByRole(AriaRole.Tab, new() { Name = "KPI" }).ClickAsync();

        await Page.FillFieldAsync("Initial response time (minutes)", "2");
        await Page.FillFieldAsync("Subsequent response time (minutes)", "10");
        await Page.GetByText("Send a notification when an answer is late").ClickAsync();
        await Page.Locator("main").SelectOptionAsync(Page, "Send to", "Bea");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Late answers" }).ClickAsync();
        await Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Page.ScreenshotToArtifactsAsync("kpi-tab");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save KPI" }).ClickAsync();

        await Expect(Page.GetByText("KPI saved.")).ToBeVisibleAsync();
        var kpi = await App.QueryAsync(db => db.OpenChannels.Select(c => c.Kpi).SingleAsync());
        (kpi.InitialTarget, kpi.SubsequentTarget, kpi.Notify).ShouldBe((TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), true));
        kpi.NotifyEmployeeIds.ShouldBe([await App.EmployeeIdAsync("bea@example.test")]);
    }
}
