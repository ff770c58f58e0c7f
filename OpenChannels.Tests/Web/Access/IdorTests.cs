using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Access;

/// <summary>
/// Ids in a URL or a body reach only what the caller's rights reach: a conversation, its messages and files, an open
/// channel, another person's API token. Each case pairs something of the caller's own with something that is not.
/// </summary>
public sealed class IdorTests() : ScenarioTest("Bea", "Cyd")
{
    private int _bea;
    private int _cyd;
    private int _beas;
    private int _cyds;

    private MessengerService Messenger => App.Get<MessengerService>();

    private async Task ArrangeAsync()
    {
        _bea = await IdOfAsync("bea");
        _cyd = await IdOfAsync("cyd");
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, _cyd);
        _beas = await Scenario.ConversationAsync("Hello", heldBy: _bea);
        _cyds = await Scenario.ConversationAsync("Hello", heldBy: _cyd);
    }

    [Fact]
    public async Task AFileOfSomeoneElsesConversation_IsNotFound_ByItsOwnIds_OrUnderTheCallersConversation()
    {
        await ArrangeAsync();
        var file = (await App.Get<AgentFileService>().SendFileAsync(Scenario.Agent(_bea), _beas, "The form", new MemoryStream(TestImages.Png), "form.png")).ShouldSucceed();
        var cyd = await App.SignedInClientAsync("cyd@example.test", "agent-pass-1");
        var bea = await App.SignedInClientAsync("bea@example.test", "agent-pass-1");

        (await bea.GetAsync($"/conversations/{_beas}/files/{file}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cyd.GetAsync($"/conversations/{_beas}/files/{file}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await cyd.GetAsync($"/conversations/{_cyds}/files/{file}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AMessageOfAnotherConversation_CannotBeEditedOrDeleted_ThroughTheCallersOwn()
    {
        await ArrangeAsync();
        var beasMessage = (await Messenger.SendAsync(Scenario.Agent(_bea), _beas, "Your order ships Monday", asNote: false)).ShouldSucceed();

        (await Messenger.EditMessageAsync(Scenario.Agent(_cyd), _cyds, beasMessage, "Changed")).Error.ShouldBeOfType<NotFound>();
        (await Messenger.DeleteMessageAsync(Scenario.Agent(_cyd), _cyds, beasMessage)).Error.ShouldBeOfType<NotFound>();
        (await Messenger.SplitFromAsync(Scenario.Agent(_cyd), _cyds, beasMessage)).Error.ShouldBeOfType<NotFound>();
        (await Messenger.SaveAsQuickReplyAsync(Scenario.Agent(_cyd), _cyds, beasMessage, "Stolen")).Error.ShouldBeOfType<NotFound>();
        (await App.QueryAsync(db => db.Messages.SingleAsync(m => m.Id == beasMessage))).Text.ShouldBe("Your order ships Monday");
    }

    [Fact]
    public async Task SomeoneElsesConversation_IsNotFound_ForEveryActionOfTheApi()
    {
        await ArrangeAsync();
        var api = await App.ApiClientAsync("cyd@example.test");

        foreach (var action in new[] { "close", "spam" })
        {
            (await api.PostAsync($"/api/v1/conversations/{_beas}/{action}", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound, action);
        }

        // An agent of its queue who accepts too late is told who has it (409), nothing more.
        (await api.PostAsync($"/api/v1/conversations/{_beas}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await api.PostAsJsonAsync($"/api/v1/conversations/{_beas}/transfer", new { employeeId = _cyd })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await api.GetAsync($"/api/v1/conversations/{_beas}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync($"/api/v1/conversations/{_cyds}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnOpenChannelOutsideTheCallersReach_IsNotFound_NorItsPhoto()
    {
        await ArrangeAsync();
        var other = (await App.Get<OpenChannelService>().CreateAsync("Billing")).ShouldSucceed();
        var cyd = await App.SignedInClientAsync("cyd@example.test", "agent-pass-1");

        (await cyd.GetAsync($"/open-channels/{other}/agent-photo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await (await cyd.GetAsync($"/open-channels/{other}")).Content.ReadAsStringAsync();
        page.ShouldContain("This open channel does not exist.");
        page.ShouldNotContain("Billing");
    }

    [Fact]
    public async Task AnotherPersonsApiToken_CannotBeRevoked_ByItsId()
    {
        await ArrangeAsync();
        var beaUser = await App.QueryAsync(db => db.Users.Where(u => u.Email == "bea@example.test").Select(u => u.Id).SingleAsync());
        var cydUser = await App.QueryAsync(db => db.Users.Where(u => u.Email == "cyd@example.test").Select(u => u.Id).SingleAsync());
        var tokens = App.Get<OpenChannels.Web.Identity.ApiTokenService>();
        (await tokens.CreateAsync(beaUser, "Bea's integration")).ShouldSucceed();
        var beasToken = (await tokens.ListAsync(beaUser)).Single().Id;

        (await tokens.RevokeAsync(cydUser, beasToken)).ShouldBeFalse();
        (await tokens.ListAsync(beaUser)).ShouldHaveSingleItem().Id.ShouldBe(beasToken);
    }

    private Task<int> IdOfAsync(string name) => App.EmployeeIdAsync($"{name}@example.test");
}
