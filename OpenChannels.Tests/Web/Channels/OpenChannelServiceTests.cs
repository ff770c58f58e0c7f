using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;

namespace OpenChannels.Tests.Web.Channels;

public sealed class OpenChannelServiceTests : IDisposable
{
    private readonly TestApp _app = new();

    private OpenChannelService Channels => _app.Get<OpenChannelService>();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Create_Rename_Deactivate_AreStored()
    {
        var id = (await Channels.CreateAsync("Website")).Value;
        (await Channels.RenameAsync(id, "Website chat")).Succeeded.ShouldBeTrue();
        (await Channels.SetActiveAsync(id, active: false)).Succeeded.ShouldBeTrue();

        var row = (await Channels.ListAsync(null)).ShouldHaveSingleItem();

        row.Name.ShouldBe("Website chat");
        row.IsActive.ShouldBeFalse();
        row.CreatedAt.ShouldBe(_app.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Names_AreUniqueIgnoringCase()
    {
        await Channels.CreateAsync("Website");
        var other = (await Channels.CreateAsync("Telegram")).Value;

        (await Channels.CreateAsync("WEBSITE")).ShouldFail().Message.ShouldBe("An open channel named \"WEBSITE\" already exists.");
        (await Channels.RenameAsync(other, "website")).Succeeded.ShouldBeFalse();
        (await Channels.ListAsync(null)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task ConnectorCount_CountsOnlyAttachedConnectors()
    {
        var id = (await Channels.CreateAsync("Website")).Value;
        var other = (await Channels.CreateAsync("Telegram")).Value;
        await _app.QueryAsync(async db =>
        {
            db.Connectors.Add(new Connector(ConnectorKind.LiveChat, "Widget", id, "key-1"));
            db.Connectors.Add(new Connector(ConnectorKind.Api, "API", id, "key-2"));
            var detached = new Connector(ConnectorKind.LiveChat, "Old widget", id, "key-3");
            detached.Detach();
            db.Connectors.Add(detached);
            var moved = new Connector(ConnectorKind.Api, "Moved API", id, "key-4");
            moved.AttachTo(other);
            db.Connectors.Add(moved);
            return await db.SaveChangesAsync();
        });

        var rows = await Channels.ListAsync(null);

        rows.Single(r => r.Id == id).ConnectorCount.ShouldBe(2);
        rows.Single(r => r.Id == other).ConnectorCount.ShouldBe(1);
    }

    [Fact]
    public async Task Rename_OfAMissingChannel_IsNotFound()
    {
        (await Channels.RenameAsync(404, "x")).ShouldFail().Message.ShouldBe("Open channel #404 does not exist.");
    }
}
