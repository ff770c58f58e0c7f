using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Routing;

/// <summary>Q-7's third choice (seeds 000, 002): every answer shows the open channel's own name and photo.</summary>
public sealed class ChannelOwnAgentInfoTests() : ScenarioTest
{
    private static readonly byte[] Png = TestImages.Png;

    [Fact]
    public async Task Q7_TheChannelsOwnName_IsRequired()
    {
        var queues = App.Get<QueueSettingsService>();
        var form = (await queues.GetAsync(Scenario.ChannelId))!;
        form.AgentInfo = AgentInfoMode.ChannelEntries;

        (await queues.SaveAsync(Scenario.ChannelId, form)).ShouldFail().ShouldBeOfType<InvalidInput>().Field.ShouldBe("AgentDisplayName");

        form.AgentDisplayName = "  Acme Support ";
        (await queues.SaveAsync(Scenario.ChannelId, form)).ShouldSucceed();
        (await queues.GetAsync(Scenario.ChannelId))!.AgentDisplayName.ShouldBe("Acme Support");
    }

    [Fact]
    public async Task Q7_ClientsSeeTheChannelsOwnNameAndPhoto_OnEveryAnswer_NotTheAgents()
    {
        await App.Get<EmployeeService>().ReplacePhotoAsync(Scenario.Admin.EmployeeId, new MemoryStream(Png));
        await Scenario.ConfigureQueueAsync(form => (form.AgentInfo, form.AgentDisplayName) = (AgentInfoMode.ChannelEntries, "Acme Support"));
        (await App.Get<QueueSettingsService>().ReplaceAgentPhotoAsync(Scenario.ChannelId, new MemoryStream(Png))).ShouldSucceed();
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());

        await App.Get<MessengerService>().SendAsync(Scenario.Admin, conversation, "Hi, how can I help?", asNote: false);

        var author = (await visitor.HistoryAsync()).Single(m => m.Kind == "agent").Author.ShouldNotBeNull();
        author.Name.ShouldBe("Acme Support");
        author.PhotoUrl.ShouldNotBeNull().ShouldStartWith($"/api/widget/{Scenario.Key}/channel-photo?link=");
        var photo = await visitor.Http.GetAsync(author.PhotoUrl);
        photo.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await photo.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        (await visitor.Http.GetAsync($"{visitor.Base}/agents/{Scenario.Admin.EmployeeId}/photo")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound, "the agent's own photo is not shown in this mode");
    }

    [Fact]
    public async Task Q7_TheChannelsPhoto_IsNotServedInAnotherMode_AndCanBeRemoved()
    {
        var queues = App.Get<QueueSettingsService>();
        (await queues.ReplaceAgentPhotoAsync(Scenario.ChannelId, new MemoryStream(Png))).ShouldSucceed();
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        (await visitor.Http.GetAsync($"{visitor.Base}/channel-photo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await queues.RemoveAgentPhotoAsync(Scenario.ChannelId)).ShouldSucceed();
        (await queues.GetAsync(Scenario.ChannelId))!.HasAgentPhoto.ShouldBeFalse();
        (await queues.ReplaceAgentPhotoAsync(Scenario.ChannelId, new MemoryStream("not an image"u8.ToArray()))).ShouldFail();
    }
}
