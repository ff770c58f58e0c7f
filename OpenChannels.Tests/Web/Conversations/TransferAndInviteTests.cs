using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Conversations;

/// <summary>M-2, M-5: transferring a conversation (to a colleague or another open channel) and inviting colleagues.</summary>
public sealed class TransferAndInviteTests() : ScenarioTest("Bea", "Cyd", "Dee")
{
    private MessengerService Messenger => App.Get<MessengerService>();

    [Fact]
    public async Task M2_TransferToADismissedColleague_IsRefused()
    {
        var conversation = await AcceptedConversationAsync();
        var bea = await IdOfAsync("Bea");
        (await App.Get<EmployeeService>().DismissAsync(bea, Scenario.Admin.EmployeeId)).ShouldSucceed();

        (await Messenger.TransferToEmployeeAsync(Scenario.Admin, conversation, bea)).ShouldFail().Message.ShouldBe("Choose a colleague who is not dismissed.");

        (await App.HolderAsync(conversation)).ShouldBe(Scenario.Admin.EmployeeId);
    }

    [Fact]
    public async Task M2_Q6_TransferToAColleagueAtTheLimit_IsRefused()
    {
        await Scenario.ConfigureQueueAsync(f => (f.LimitConversations, f.Limit) = (true, 1));
        var cyd = await IdOfAsync("Cyd");
        var cyds = await AcceptedConversationAsync();
        (await Messenger.TransferToEmployeeAsync(Scenario.Admin, cyds, cyd)).ShouldSucceed();
        var conversation = await AcceptedConversationAsync();

        var refused = (await Messenger.TransferToEmployeeAsync(Scenario.Admin, conversation, cyd)).ShouldFail().ShouldBeOfType<AgentAtCapacity>();
        (refused.EmployeeId, refused.Limit).ShouldBe((cyd, 1));

        (await App.HolderAsync(conversation)).ShouldBe(Scenario.Admin.EmployeeId);
    }

    [Fact]
    public async Task M2_TransferToAnInactiveChannel_IsNotFound()
    {
        var conversation = await AcceptedConversationAsync();
        var channels = App.Get<OpenChannelService>();
        var closed = (await channels.CreateAsync("Old shop")).ShouldSucceed();
        (await channels.SetActiveAsync(closed, active: false)).ShouldSucceed();

        (await Messenger.TransferToChannelAsync(Scenario.Admin, conversation, closed)).ShouldFail().Message.ShouldBe($"Open channel #{closed} does not exist.");

        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => c.OpenChannelId).SingleAsync())).ShouldBe(Scenario.ChannelId);
    }

    [Fact]
    public async Task M2_TransferToAnotherChannel_RoutesItInThatChannelsQueue()
    {
        var conversation = await AcceptedConversationAsync();
        var dee = await IdOfAsync("Dee");
        var shop = (await App.Get<OpenChannelService>().CreateAsync("Shop")).ShouldSucceed();
        (await App.Get<QueueSettingsService>().ReplaceQueueAsync(shop, [dee])).ShouldSucceed();
        await App.Get<AgentStatusService>().TouchAsync(dee);

        (await Messenger.TransferToChannelAsync(Scenario.Admin, conversation, shop)).ShouldSucceed();

        var moved = await App.QueryAsync(db => db.Conversations.Where(c => c.Id == conversation).Select(c => new { c.OpenChannelId, c.AssignedEmployeeId }).SingleAsync());
        (moved.OpenChannelId, moved.AssignedEmployeeId).ShouldBe((shop, (int?)dee));
        var last = await App.QueryAsync(db => db.RoutingAudit.Where(a => a.ConversationId == conversation).OrderBy(a => a.Id).ToListAsync());
        (last[^1].Trigger, last[^1].ChosenEmployeeId).ShouldBe((RoutingTrigger.TransferredToChannel, (int?)dee));
    }

    [Fact]
    public async Task M5_InvitingADismissedColleague_IsRefused_AndNobodyIsInvited()
    {
        var conversation = await AcceptedConversationAsync();
        var (bea, cyd) = (await IdOfAsync("Bea"), await IdOfAsync("Cyd"));
        (await App.Get<EmployeeService>().DismissAsync(bea, Scenario.Admin.EmployeeId)).ShouldSucceed();

        (await Messenger.InviteAsync(Scenario.Admin, conversation, [cyd, bea])).ShouldFail().Message.ShouldBe("Choose a colleague who is not dismissed.");

        var participants = (await App.Get<ConversationQueries>().GetAsync(Scenario.Admin, conversation))!.ParticipantIds;
        participants.ShouldNotContain(bea);
        participants.ShouldNotContain(cyd, "the refusal changes nothing, not even for the colleague named before");
    }

    private async Task<int> AcceptedConversationAsync()
    {
        await (await WidgetVisitor.StartAsync(App, Scenario.Key)).SayAsync("Hello");
        var conversation = await App.QueryAsync(db => db.Conversations.OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
        (await Messenger.AcceptAsync(Scenario.Admin, conversation)).ShouldSucceed();
        return conversation;
    }

    private Task<int> IdOfAsync(string firstName) =>
        App.QueryAsync(db => db.Employees.Where(e => e.FirstName == firstName).Select(e => e.Id).SingleAsync());
}
