using System.Net.Http.Headers;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Routing;

/// <summary>
/// Q-4 (seed 003): an agent using the web version is online as long as a tab with their account is open, used or not;
/// offline within about a minute after the last one closes. An agent event stream counts as an open tab.
/// </summary>
public sealed class PresenceTests : ScenarioTest
{
    [Fact]
    public async Task Q4_AnOpenIdleTab_KeepsTheAgentOnlineForHours_AndClosingItLetsGoWithinAMinute()
    {
        var agent = Scenario.Admin.EmployeeId;
        var lease = await App.Get<PresenceLeases>().OpenAsync(agent);

        // Two hours with nobody touching anything: the tab alone keeps the agent online.
        for (var i = 0; i < 360; i++)
        {
            App.Clock.Advance(PresenceLeases.Interval);
        }

        await Eventually.ReachAsync(() => OnlineAsync(agent), online => online, "online with an idle tab after two hours");

        await lease.DisposeAsync();
        App.Clock.Advance(TimeSpan.FromSeconds(61));
        (await OnlineAsync(agent)).ShouldBeFalse("a minute after the last tab closed");
    }

    [Fact]
    public async Task Q4_AnAgentWorkingThroughTheApi_IsOnlineWhileTheirEventStreamIsOpen()
    {
        var userId = (await App.Get<AccountService>().CheckPasswordAsync(TestApp.AdminEmail, TestApp.AdminPassword)).ShouldSucceed();
        var token = (await App.Get<ApiTokenService>().CreateAsync(userId, "mobile app")).ShouldSucceed();
        var client = App.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        App.Clock.Advance(TimeSpan.FromHours(1));
        (await OnlineAsync(Scenario.Admin.EmployeeId)).ShouldBeFalse("no tab, no stream");

        using var cancel = new CancellationTokenSource();
        using var response = await client.GetAsync("/api/v1/events", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        await Eventually.ReachAsync(() => OnlineAsync(Scenario.Admin.EmployeeId), online => online, "online while the stream is open");

        await cancel.CancelAsync();
        response.Dispose();

        // The server notices the closed stream on its own thread; each minute passed then finds the agent offline.
        await Eventually.ReachAsync(
            async () =>
            {
                App.Clock.Advance(TimeSpan.FromSeconds(61));
                return await OnlineAsync(Scenario.Admin.EmployeeId);
            },
            online => !online,
            "offline a minute after the stream closed");
    }

    private async Task<bool> OnlineAsync(int employeeId) => (await App.Get<AgentStatusService>().PresenceAsync(employeeId)).IsOnline;
}
