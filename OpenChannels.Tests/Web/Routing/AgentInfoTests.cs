using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Routing;

public sealed class AgentInfoTests
{
    [Theory]
    [InlineData(AgentInfoMode.EmployeeProfile, "Ada")]
    [InlineData(AgentInfoMode.NameOnly, "Ada")]
    [InlineData(AgentInfoMode.Hidden, null)]
    public async Task ClientsSeeTheAgent_AsTheChannelChose(AgentInfoMode mode, string? expectedName)
    {
        using var app = new TestApp();
        var scenario = await Scenario.CreateAsync(app);
        var queues = app.Get<QueueSettingsService>();
        var form = (await queues.GetAsync(scenario.ChannelId))!;
        form.AgentInfo = mode;
        (await queues.SaveAsync(scenario.ChannelId, form)).Succeeded.ShouldBeTrue();
        var visitor = await WidgetVisitor.StartAsync(app, scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());

        await app.Get<MessengerService>().SendAsync(scenario.Admin, conversation, "Hi, how can I help?", asNote: false);

        var reply = (await visitor.HistoryAsync()).Single(m => m.Kind == "agent");
        reply.Author?.Name.ShouldBe(expectedName);
        reply.Author?.PhotoUrl.ShouldBeNull();
    }
}
