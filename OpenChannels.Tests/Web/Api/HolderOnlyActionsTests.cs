using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Api;

/// <summary>
/// Finishing, marking as spam and transferring a conversation a colleague holds are refused — through the agent API and
/// the messenger alike — to a colleague invited into it, unless their access rights reach the holder; taking it over
/// first is the way (M-3). A colleague who is not in it does not even see it.
/// </summary>
public sealed class HolderOnlyActionsTests() : ScenarioTest("Bea", "Cyd")
{
    private int _bea;
    private int _cyd;
    private int _conversation;

    private MessengerService Messenger => App.Get<MessengerService>();

    private async Task ArrangeAsync()
    {
        _bea = await IdOfAsync("bea@example.test");
        _cyd = await IdOfAsync("cyd@example.test");
        await (await WidgetVisitor.StartAsync(App, Scenario.Key)).SayAsync("Hello");
        _conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        (await Messenger.AcceptAsync(Scenario.Agent(_bea), _conversation)).ShouldSucceed();
        (await Messenger.InviteAsync(Scenario.Agent(_bea), _conversation, [_cyd])).ShouldSucceed();
    }

    [Theory]
    [InlineData("close")]
    [InlineData("spam")]
    [InlineData("transfer")]
    public async Task AnInvitedColleague_Gets403_AndNothingChanges(string action)
    {
        await ArrangeAsync();
        var cyd = await App.ApiClientAsync("cyd@example.test");

        var response = action == "transfer"
            ? await cyd.PostAsJsonAsync($"/api/v1/conversations/{_conversation}/transfer", new { employeeId = _cyd })
            : await cyd.PostAsync($"/api/v1/conversations/{_conversation}/{action}", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .ShouldBe("Bea holds this conversation: only they, or a supervisor whose access rights reach them, can finish, transfer or mark it as spam. Take it over first.");
        var conversation = await App.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == _conversation));
        (conversation.IsOpen, conversation.AssignedEmployeeId, conversation.Status).ShouldBe((true, (int?)_bea, ConversationStatus.Assigned));
    }

    [Fact]
    public async Task AColleagueOfTheQueueWhoIsNotInIt_GetsNotFound()
    {
        await ArrangeAsync();
        var dan = await Scenario.AddAgentAsync("Dan");
        await Scenario.ConfigureQueueAsync(q => q.Entries.Add(new OpenChannels.Web.Features.Routing.QueueFormEntry(dan, null, "Dan")));

        (await Messenger.CloseAsync(Scenario.Agent(dan), _conversation)).Error.ShouldBeOfType<OpenChannels.Domain.Common.NotFound>();
        (await (await App.ApiClientAsync("dan@example.test")).PostAsync($"/api/v1/conversations/{_conversation}/close", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AfterTakingItOver_TheColleagueMayFinishIt_AndAnAdministratorAlwaysMay()
    {
        await ArrangeAsync();

        (await Messenger.CloseAsync(Scenario.Agent(_cyd), _conversation)).Error.ShouldBeOfType<HeldByColleague>();
        (await Messenger.TakeAsync(Scenario.Agent(_cyd), _conversation)).ShouldSucceed();
        (await Messenger.TransferToEmployeeAsync(Scenario.Agent(_cyd), _conversation, _bea)).ShouldSucceed();

        (await Messenger.MarkSpamAsync(Scenario.Admin, _conversation)).ShouldSucceed();
        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == _conversation).Select(c => c.Status).SingleAsync())).ShouldBe(ConversationStatus.Spam);
    }

    [Fact]
    public async Task ANobodysConversation_MayStillBeAcceptedAndClosed_ByAnyoneOfTheQueue()
    {
        await (await WidgetVisitor.StartAsync(App, Scenario.Key)).SayAsync("Hello");
        var waiting = await App.QueryAsync(db => db.Conversations.Where(c => c.AssignedEmployeeId == null).Select(c => c.Id).SingleAsync());

        (await Messenger.CloseAsync(Scenario.Agent(await IdOfAsync("cyd@example.test")), waiting)).ShouldSucceed();
    }

    private Task<int> IdOfAsync(string email) => App.EmployeeIdAsync(email);
}
