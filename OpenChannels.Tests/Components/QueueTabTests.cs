using Bunit;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Components;

public sealed class QueueTabTests : ComponentTestBase
{
    [Fact]
    public async Task ZeroMinutesIdleTime_IsRefusedInTheForm_AndNotSaved()
    {
        var scenario = await Scenario.CreateAsync(App);
        Render<MudBlazor.MudPopoverProvider>();
        var tab = Render<QueueTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));
        tab.WaitForAssertion(() => tab.Markup.ShouldContain("Idle time before the next agent gets it"));

        var idle = tab.FindAll("input").Single(i => i.GetAttribute("inputmode") == "numeric" || i.GetAttribute("type") == "number");
        await idle.ChangeAsync(new() { Value = "0" });
        await tab.FindAll("button").Single(b => b.TextContent.Contains("Save queue settings")).ClickAsync(new());

        tab.WaitForAssertion(() => tab.Markup.ShouldContain("Enter between 1 minute and 12 hours (720 minutes)."));
        (await App.QueryAsync(db => db.OpenChannels.Select(c => c.QueueSettings.IdleTime).SingleAsync())).ShouldBe(TimeSpan.FromMinutes(3));
    }

    [Fact]
    public async Task Tab_ShowsTheQueueInOrder_WithTheChannelsSettings()
    {
        var scenario = await Scenario.CreateAsync(App, "Website", "Bea");

        var tab = Render<QueueTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));

        tab.WaitForAssertion(() => tab.Find("[data-testid=queue]").TextContent.ShouldContain("2. Bea"));
        tab.Find("[data-testid=queue]").TextContent.ShouldContain("1. Ada");
    }
}
