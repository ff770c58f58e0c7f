using Bunit;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Kpi;

namespace OpenChannels.Tests.Components;

/// <summary>The KPI tab (K-1, K-2): targets saved, a bad one named in the form with nothing written.</summary>
public sealed class KpiTabTests : ComponentTestBase
{
    [Fact]
    public async Task Targets_AreSaved_AndRead_Back()
    {
        var scenario = await Scenario.CreateAsync(App);
        Render<MudBlazor.MudPopoverProvider>();
        var tab = Render<KpiTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));
        tab.WaitForAssertion(() => tab.Markup.ShouldContain("Response time targets"));

        await tab.Find("[data-testid=kpi-initial] input, input[data-testid=kpi-initial]").ChangeAsync(new() { Value = "3" });
        await tab.Find("[data-testid=kpi-subsequent] input, input[data-testid=kpi-subsequent]").ChangeAsync(new() { Value = "15" });
        await tab.FindAll("button").Single(b => b.TextContent.Contains("Save KPI")).ClickAsync(new());

        tab.WaitForAssertion(() => tab.Markup.ShouldNotContain("mud-alert-text-error"));
        var kpi = await App.QueryAsync(db => db.OpenChannels.Select(c => c.Kpi).SingleAsync());
        (kpi.InitialTarget, kpi.SubsequentTarget).ShouldBe((TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(15)));
        (await App.Get<KpiSettingsService>().GetAsync(scenario.ChannelId))!.SubsequentMinutes.ShouldBe(15);
    }

    [Fact]
    public async Task NotifyingWithoutATarget_IsRefusedWithItsReason_AndNothingIsSaved()
    {
        var scenario = await Scenario.CreateAsync(App, "Website", "Bea");
        var bea = await App.EmployeeIdAsync("bea@example.test");

        var saved = await App.Get<KpiSettingsService>().SaveAsync(scenario.ChannelId, new KpiForm { Notify = true, NotifyEmployeeIds = [bea] });

        saved.ShouldFail().Message.ShouldBe("Set a response time target first: lateness is measured against it.");
        (await App.QueryAsync(db => db.OpenChannels.Select(c => c.Kpi.Notify).SingleAsync())).ShouldBeFalse();
    }
}
