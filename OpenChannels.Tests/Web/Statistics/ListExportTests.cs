using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Notifications;
using OpenChannels.Domain.Statistics;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Statistics;

namespace OpenChannels.Tests.Web.Statistics;

/// <summary>The conversation list's CSV: streamed from the endpoint, or written in the background and linked from the bell.</summary>
public sealed class ListExportTests() : ScenarioTest("Bea")
{
    [Fact]
    public async Task TheEndpoint_StreamsTheFilteredRows_WithTheChosenColumns_NeutralisingFormulas()
    {
        var parcel = await Scenario.ConversationAsync("My parcel never arrived");
        await Scenario.ConversationAsync("Invoice please");
        await App.QueryAsync(db => db.Clients.Where(c => c.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "=cmd|' /C calc'!A0, \"boss\"")));
        var admin = await App.SignedInClientAsync();

        var response = await admin.GetAsync("/conversations/export.csv?q=parcel&columns=Number,Client,Messages&sort=Number&desc=false");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldBe($"Number,Client,Messages\r\n{parcel},\"'=cmd|' /C calc'!A0, \"\"boss\"\"\",1\r\n");
    }

    [Fact]
    public async Task ABadParameter_IsAProblem_NamingIt()
    {
        var admin = await App.SignedInClientAsync();

        var response = await admin.GetAsync("/conversations/export.csv?stars=lots");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await WidgetVisitor.ProblemAsync(response);
        problem.GetProperty("errors").TryGetProperty("stars", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task ABackgroundExport_WritesItsFile_TellsTheAskerThroughTheBell_AndOnlyTheyMayDownloadIt()
    {
        await Scenario.ConversationAsync("My parcel never arrived");
        await Scenario.ConversationAsync("Invoice please");
        var exports = App.Get<ListExports>();
        var id = (await exports.StartAsync(Scenario.Admin, "?columns=Number,Status&sort=Number&desc=false")).ShouldSucceed();

        (await exports.RunDueAsync(CancellationToken.None)).ShouldBe(1);
        (await exports.RunDueAsync(CancellationToken.None)).ShouldBe(0, "a finished export does not run again");

        var export = await App.QueryAsync(db => db.ListExports.SingleAsync());
        (export.Status, export.Rows).ShouldBe((ListExportStatus.Ready, 2L));
        var notification = await App.QueryAsync(db => db.Notifications.SingleAsync(n => n.ExportId == id));
        (notification.Kind, notification.EmployeeId, notification.Text).ShouldBe(
            (NotificationKind.ExportReady, Scenario.Admin.EmployeeId, "Your export of 2 conversations is ready: open this to download it."));

        var file = await (await App.SignedInClientAsync()).GetAsync($"/conversations/exports/{id}");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        Encoding.UTF8.GetString(await file.Content.ReadAsByteArrayAsync()).ShouldBe("\uFEFFNumber,Status\r\n1,Unassigned\r\n2,Unassigned\r\n");

        await App.GiveRoleAsync(RoleKind.Director, HolderKind.Employee, await App.EmployeeIdAsync("bea@example.test"));
        var bea = await App.SignedInClientAsync("bea@example.test", "agent-pass-1");
        (await bea.GetAsync($"/conversations/exports/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnExportARestartStopped_RunsAgain()
    {
        await Scenario.ConversationAsync("Hello");
        var exports = App.Get<ListExports>();
        var id = (await exports.StartAsync(Scenario.Admin, "?columns=Number")).ShouldSucceed();
        var started = App.Clock.GetUtcNow();
        await App.QueryAsync(db => db.ListExports.ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ListExportStatus.Running).SetProperty(e => e.StartedAt, started)));

        (await exports.RunDueAsync(CancellationToken.None)).ShouldBe(0, "it may still be running elsewhere");
        App.Clock.Advance(ListExport.RunLimit + TimeSpan.FromSeconds(1));
        (await exports.RunDueAsync(CancellationToken.None)).ShouldBe(1);

        (await App.QueryAsync(db => db.ListExports.SingleAsync(e => e.Id == id))).Status.ShouldBe(ListExportStatus.Ready);
    }

    [Fact]
    public async Task ABadQuery_IsRefused_BeforeAnythingIsStored()
    {
        (await App.Get<ListExports>().StartAsync(Scenario.Admin, "?late=maybe")).ShouldFailOn("late");
        (await App.QueryAsync(db => db.ListExports.CountAsync())).ShouldBe(0);
    }
}
