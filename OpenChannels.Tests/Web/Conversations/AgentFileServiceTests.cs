using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Conversations;

/// <summary>L7: an agent's file is kept only when its message is sent.</summary>
public sealed class AgentFileServiceTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private Scenario _scenario = default!;
    private int _conversationId;

    private AgentFileService Files => _app.Get<AgentFileService>();

    private string FilesFolder => Path.Combine(_app.DataDirectory, "files");

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app, "Website", "Bea");
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Can you send me the form?");
        _conversationId = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AFileWhoseMessageCannotBeSent_IsDeleted()
    {
        var outsider = Scenario.Agent(await new Scenario(_app).AddAgentAsync("Eve"));

        var sent = await Files.SendFileAsync(outsider, _conversationId, string.Empty, new MemoryStream(TestImages.Png), "form.png");

        sent.Error.ShouldBeOfType<NotFound>();
        (Directory.Exists(FilesFolder) ? Directory.GetFiles(FilesFolder) : []).ShouldBeEmpty();
    }

    [Fact]
    public async Task AFileThatIsSent_IsKept()
    {
        var bea = Scenario.Agent(await _app.QueryAsync(db => db.Employees.Where(e => e.FirstName == "Bea").Select(e => e.Id).SingleAsync()));

        var sent = await Files.SendFileAsync(bea, _conversationId, "Here it is", new MemoryStream(TestImages.Png), "form.png");

        sent.Succeeded.ShouldBeTrue();
        Directory.GetFiles(FilesFolder).ShouldHaveSingleItem();
    }
}
