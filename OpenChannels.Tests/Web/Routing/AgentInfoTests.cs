using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Widget;

namespace OpenChannels.Tests.Web.Routing;

/// <summary>Q-7: what clients see of the agent who answers them. The agent has a last name and a photo, so each mode differs.</summary>
public sealed class AgentInfoTests : IAsyncLifetime
{
    private static readonly byte[] Png = TestImages.Png;

    private readonly TestApp _app = new();
    private Scenario _scenario = default!;

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app);
        var employees = _app.Get<EmployeeService>();
        var form = (await employees.GetAsync(_scenario.Admin.EmployeeId))!.Form;
        form.LastName = "Lovelace";
        (await employees.UpdateAsync(_scenario.Admin.EmployeeId, form)).ShouldSucceed();
        (await employees.ReplacePhotoAsync(_scenario.Admin.EmployeeId, new MemoryStream(Png))).ShouldSucceed();
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Q7_EmployeeProfile_ShowsTheFullName_AndAPhotoTheClientCanFetch()
    {
        var (visitor, reply) = await ReplyAsync(AgentInfoMode.EmployeeProfile);

        var author = reply.Author.ShouldNotBeNull();
        author.Name.ShouldBe("Ada Lovelace");
        var photoUrl = author.PhotoUrl.ShouldNotBeNull();
        photoUrl.ShouldStartWith($"/api/widget/{_scenario.Key}/agents/{_scenario.Admin.EmployeeId}/photo");
        var photo = await visitor.Http.GetAsync(photoUrl);
        photo.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await photo.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
    }

    [Fact]
    public async Task Q7_NameOnly_ShowsTheFirstName_AndNoPhoto()
    {
        var (_, reply) = await ReplyAsync(AgentInfoMode.NameOnly);

        var author = reply.Author.ShouldNotBeNull();
        author.Name.ShouldBe("Ada");
        author.PhotoUrl.ShouldBeNull();
    }

    [Fact]
    public async Task Q7_Hidden_ShowsNoAuthor()
    {
        var (_, reply) = await ReplyAsync(AgentInfoMode.Hidden);

        reply.Author.ShouldBeNull();
    }

    private async Task<(WidgetVisitor Visitor, WidgetMessage Reply)> ReplyAsync(AgentInfoMode mode)
    {
        await _scenario.ConfigureQueueAsync(form => form.AgentInfo = mode);
        var visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());

        (await _app.Get<MessengerService>().SendAsync(_scenario.Admin, conversation, "Hi, how can I help?", asNote: false)).ShouldSucceed();

        return (visitor, (await visitor.HistoryAsync()).Single(m => m.Kind == "agent"));
    }
}
