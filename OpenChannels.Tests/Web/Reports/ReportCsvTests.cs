using System.Net;
using System.Text;
using OpenChannels.Domain.Access;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Reports;

/// <summary>The report tables as CSV files: what a spreadsheet opens safely, for those the reports are for (P-2, P-6).</summary>
public sealed class ReportCsvTests() : ScenarioTest
{
    private const string November = "from=2026-11-01&to=2026-11-30&tz=Europe/Paris";

    [Fact]
    public async Task TheAgentsTable_IsUtf8WithABom_QuotedAsRfc4180Says_WithAFormulaNeutralised()
    {
        var odd = (await App.Get<EmployeeService>().CreateAsync(new EmployeeForm
        {
            FirstName = "=HYPERLINK(\"http://evil.test\")",
            LastName = "Smith, Jr",
            Email = "odd@example.test",
            Password = "agent-pass-1",
        })).ShouldSucceed();
        (await App.Get<QueueSettingsService>().ReplaceQueueAsync(Scenario.ChannelId, [Scenario.Admin.EmployeeId, odd])).ShouldSucceed();
        await Scenario.ConversationAsync("Hello", heldBy: odd);
        var admin = await App.SignedInClientAsync();

        var response = await admin.GetAsync($"/reports/agents.csv?{November}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes[3..]).ShouldBe(
            "Agent,Conversations,Average response (s),Likes,Dislikes,Average stars\r\n"
            + "\"'=HYPERLINK(\"\"http://evil.test\"\") Smith, Jr\",1,,0,0,\r\n");
    }

    [Fact]
    public async Task EveryTable_HasAFile_AndAnUnknownOneIsNotFound()
    {
        await Scenario.ConversationAsync("Hello");
        var admin = await App.SignedInClientAsync();

        foreach (var table in new[] { "volume", "first-response", "ratings", "hours" })
        {
            var response = await admin.GetAsync($"/reports/{table}.csv?{November}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, table);
            (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(1, table);
        }

        (await admin.GetAsync($"/reports/secrets.csv?{November}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ABadPeriod_IsAProblemNamingTheField()
    {
        var admin = await App.SignedInClientAsync();

        var backwards = await admin.GetAsync("/reports/volume.csv?from=2026-11-30&to=2026-11-01");
        var tooLong = await admin.GetAsync("/reports/volume.csv?from=2025-01-01&to=2026-11-01");
        var missing = await admin.GetAsync("/reports/volume.csv?to=2026-11-01");

        foreach (var (response, field) in new[] { (backwards, "to"), (tooLong, "to"), (missing, "from") })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await WidgetVisitor.ProblemAsync(response)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }
    }

    [Fact]
    public async Task SomeoneWithoutTheListLevel_IsRefused()
    {
        var nina = await Scenario.AddAgentAsync("Nina");
        await App.GiveCustomRoleAsync("Nothing", new Dictionary<Permission, AccessLevel>(), HolderKind.Employee, nina);
        var client = await App.SignedInClientAsync("nina@example.test", "agent-pass-1");

        var response = await client.GetAsync($"/reports/volume.csv?{November}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        (await App.AnonymousClient().GetAsync($"/reports/volume.csv?{November}")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "anonymous: to sign in");
    }
}
