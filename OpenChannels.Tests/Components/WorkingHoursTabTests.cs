using Bunit;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Scheduling;

namespace OpenChannels.Tests.Components;

public sealed class WorkingHoursTabTests : ComponentTestBase
{
    [Fact]
    public async Task AHolidayThatIsNoDay_IsNamedInTheForm_AndNothingIsSaved()
    {
        var scenario = await Scenario.CreateAsync(App);
        Render<MudBlazor.MudPopoverProvider>();
        var tab = Render<WorkingHoursTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));
        tab.WaitForAssertion(() => tab.Markup.ShouldContain("Use working hours"));
        await tab.FindAll("input[type=checkbox]").First().ChangeAsync(new() { Value = true });

        var holidays = tab.WaitForElement("input[placeholder='31.12, 01.01']");
        await holidays.ChangeAsync(new() { Value = "31.12, 32.13" });
        await tab.FindAll("button").Single(b => b.TextContent.Contains("Save working hours")).ClickAsync(new());

        tab.WaitForAssertion(() => tab.Markup.ShouldContain("\"32.13\" is not a day of the year. Write days as dd.mm, e.g. 31.12, 01.01."));
        (await App.QueryAsync(db => db.OpenChannels.Select(c => c.Hours.TimeZoneId).SingleAsync())).ShouldBeNull();
    }
}
