using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Builders;

namespace OpenChannels.Tests.Domain.Conversations;

public sealed class ConversationAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, false, false)]
    [InlineData(false, true, true)]
    public void QueueMembersAndAdministrators_SeeTheChannelsConversations(bool inQueue, bool admin, bool sees)
    {
        var channel = new OpenChannel("Website", Now);

        ConversationAccess.CanSee(2, admin, new ConversationBuilder(Now).FromClient(1).ThroughConnector(1).Build(), channel, inQueue).ShouldBe(sees);
    }

    [Fact]
    public void InvitedColleague_SeesIt_EvenOutsideTheQueue()
    {
        var channel = new OpenChannel("Website", Now);
        var conversation = new ConversationBuilder(Now).FromClient(1).ThroughConnector(1).Build();
        conversation.Accept(1, Now);
        conversation.Invite(5, Now);

        ConversationAccess.CanSee(5, false, conversation, channel, inQueue: false).ShouldBeTrue();
    }

    [Fact]
    public void InactiveChannel_HidesItFromEveryone()
    {
        var channel = new OpenChannel("Website", Now);
        channel.ReplaceQueue([1]);
        channel.Deactivate();

        ConversationAccess.CanSee(1, true, new ConversationBuilder(Now).FromClient(1).ThroughConnector(1).Build(), channel, inQueue: true).ShouldBeFalse();
    }

    [Fact]
    public void ReplaceQueue_KeepsOrderAndDropsRepeats()
    {
        var channel = new OpenChannel("Website", Now);

        channel.ReplaceQueue([3, 1, 3, 2]);

        channel.Queue.Select(m => (m.EmployeeId, m.Position)).ShouldBe([((int?)3, 0), (1, 1), (2, 2)]);
    }
}
