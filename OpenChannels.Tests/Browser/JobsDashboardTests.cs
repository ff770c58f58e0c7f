using Microsoft.Playwright;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Jobs;
using static Microsoft.Playwright.Assertions;

namespace OpenChannels.Tests.Browser;

/// <summary>J-1…J-4 as an administrator sees them: every sweep on the jobs dashboard, with its schedule, last run and result.</summary>
public sealed class JobsDashboardTests(BrowserFixture browser)
    : BrowserTest(browser, settings: new Dictionary<string, string> { ["Jobs:RunServer"] = "true", ["Jobs:PollIntervalSeconds"] = "0.2" })
{
    [Fact]
    public async Task Administrator_SeesEverySweep_WithItsSchedule_AndARunsResult()
    {
        await SignInAsync(Page);
        var dashboard = await Context.RunAndWaitForPageAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Background jobs" }).ClickAsync());
        await dashboard.GetByRole(AriaRole.Link, new() { Name = "Recurring Jobs" }).ClickAsync();

        foreach (var job in JobSchedule.RecurringJobs)
        {
            await Expect(dashboard.GetByRole(AriaRole.Row).Filter(new() { HasText = job.Title })).ToContainTextAsync(job.Cron);
        }

        await dashboard.ScreenshotToArtifactsAsync("jobs-recurring");
        var row = dashboard.GetByRole(AriaRole.Row).Filter(new() { HasText = "J-3 · close week-old conversations" });
        ((Hangfire.IRecurringJobManagerV2)App.Get<Hangfire.IRecurringJobManager>()).TriggerJob("j3-close-stale-conversations");
        var lastRun = row.Locator("a:has(.label-state-success)");
        await Eventually.ReachAsync(
            async () =>
            {
                await dashboard.GotoAsync("/jobs/recurring");
                return await lastRun.CountAsync();
            },
            count => count == 1,
            "the triggered run succeeded");
        await lastRun.ClickAsync();

        await Expect(dashboard.GetByText("0 conversations closed")).ToBeVisibleAsync();
        await dashboard.ScreenshotToArtifactsAsync("jobs-run-result");
    }
}
