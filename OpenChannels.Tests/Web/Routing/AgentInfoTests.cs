using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;

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
        await scenario.ConfigureQueueAsync(form => form.AgentInfo = mode);
        var visitor = await WidgetVisitor.StartAsync(app, scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());

        await app.Get<MessengerService>().SendAsync(scenario.Admin, conversation, "Hi, how can I help?", asNote: false);

        var reply = (await visitor.HistoryAsync()).Single(m => m.Kind == "agent");
        reply.Author?.Name.ShouldBe(expectedName);
        reply.Author?.PhotoUrl.ShouldBeNull();
    }
}
