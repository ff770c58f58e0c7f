using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Storage;

namespace OpenChannels.Tests.Web.Widget;

/// <summary>H2: visitors' files have daily quotas per visitor and per channel, and stop at a free-disk floor.</summary>
public sealed class UploadLimitTests
{
    [Fact]
    public async Task AVisitorOverTheirDailyFiles_Gets429_UntilTheDayHasPassed()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Widget:UploadsPerVisitorPerDay"] = "2" });
        var visitor = await WidgetVisitor.StartAsync(app, (await Scenario.CreateAsync(app)).Key);
        (await visitor.UploadAsync(TestImages.Png)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await visitor.UploadAsync(TestImages.Png)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var refused = await visitor.UploadAsync(TestImages.Png);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var problem = await WidgetVisitor.ProblemAsync(refused);
        problem.GetProperty("code").GetString().ShouldBe("upload-quota-reached");
        problem.GetProperty("detail").GetString().ShouldBe("You have sent the 2 files allowed in a day. Try again later.");
        StoredFiles(app).Length.ShouldBe(2);
        (await visitor.SendAsync(Guid.NewGuid().ToString(), "Text still goes")).StatusCode.ShouldBe(HttpStatusCode.Created);

        app.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        (await visitor.UploadAsync(TestImages.Png)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        (await visitor.UploadAsync(TestImages.Png)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task AVisitorOverTheirDailyMegabytes_IsRefused_AndTheFileIsNotKept()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Widget:UploadMegabytesPerVisitorPerDay"] = "1" });
        var visitor = await WidgetVisitor.StartAsync(app, (await Scenario.CreateAsync(app)).Key);
        (await visitor.UploadAsync(PngOf(700 * 1024))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var refused = await visitor.UploadAsync(PngOf(700 * 1024));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await WidgetVisitor.ProblemAsync(refused)).GetProperty("detail").GetString().ShouldBe("You have sent the 1 MB of files allowed in a day. Try again later.");
        StoredFiles(app).Length.ShouldBe(1);
        (await app.QueryAsync(db => db.Messages.CountAsync(m => m.Attachment != null))).ShouldBe(1);
    }

    [Fact]
    public async Task TheChannelsDailyMegabytes_AreSharedByAllItsVisitors()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Widget:UploadMegabytesPerChannelPerDay"] = "1" });
        var key = (await Scenario.CreateAsync(app)).Key;
        var first = await WidgetVisitor.StartAsync(app, key);
        var second = await WidgetVisitor.StartAsync(app, key);
        (await first.UploadAsync(PngOf(700 * 1024))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var refused = await second.UploadAsync(PngOf(700 * 1024));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await WidgetVisitor.ProblemAsync(refused)).GetProperty("detail").GetString()
            .ShouldBe("This chat has received the 1 MB of files it takes in a day. Try again later.");
        StoredFiles(app).Length.ShouldBe(1);
        (await second.UploadAsync(TestImages.Png)).StatusCode.ShouldBe(HttpStatusCode.Created, "a small one still fits");
    }

    [Fact]
    public async Task BelowTheDiskFloor_AFileIsRefusedWith507_BeforeAnythingIsWritten()
    {
        using var app = new TestApp();
        var disk = new FakeDisk { Available = 1024L * 1024 * 1024 };
        using var server = WithDisk(app, disk);
        var key = (await Scenario.CreateAsync(app)).Key;
        var visitor = await VisitorAsync(server, key);
        (await visitor.UploadAsync(TestImages.Png)).StatusCode.ShouldBe(HttpStatusCode.Created, "exactly the 1 GB floor is free");
        var before = StoredFiles(app).Length;

        disk.Available = (1024L * 1024 * 1024) - 1;
        var refused = await visitor.UploadAsync(TestImages.Png);

        refused.StatusCode.ShouldBe(HttpStatusCode.InsufficientStorage);
        var problem = await WidgetVisitor.ProblemAsync(refused);
        problem.GetProperty("code").GetString().ShouldBe("insufficient-storage");
        problem.GetProperty("detail").GetString().ShouldBe("The server is short of storage space, so files cannot be received now. Send text, or try again later.");
        Directory.GetFiles(Path.Combine(app.DataDirectory, "files"), "*", SearchOption.AllDirectories).Length.ShouldBe(before, "not even a part file");
        (await visitor.SendAsync(Guid.NewGuid().ToString(), "Text still goes")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task AFloorOfZero_TurnsTheCheckOff()
    {
        using var app = new TestApp(settings: new Dictionary<string, string> { ["Storage:MinFreeDiskMegabytes"] = "0" });
        using var server = WithDisk(app, new FakeDisk { Available = 0 });
        var visitor = await VisitorAsync(server, (await Scenario.CreateAsync(app)).Key);

        (await visitor.UploadAsync(TestImages.Png)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private static byte[] PngOf(int size) => [.. TestImages.Png, .. new byte[size - TestImages.Png.Length]];

    private static string[] StoredFiles(TestApp app) => Directory.GetFiles(Path.Combine(app.DataDirectory, "files"));

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithDisk(TestApp app, FakeDisk disk) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<IFreeSpaceProbe>(disk))));

    private static async Task<WidgetVisitor> VisitorAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> server, string key) =>
        await WidgetVisitor.StartAsync(server.CreateClient(), key);

    private sealed class FakeDisk : IFreeSpaceProbe
    {
        public long Available { get; set; }

        public long AvailableBytes(string folder) => Available;
    }
}
