using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Tests.Domain.Conversations;

public sealed class ConversationAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, false, true)]
    [InlineData(2, false, false)]
    [InlineData(2, true, true)]
    public void QueueMembersAndAdministrators_SeeTheChannelsConversations(int employeeId, bool admin, bool sees)
    {
        var channel = new OpenChannel("Website", Now);
        channel.ReplaceQueue([1]);

        ConversationAccess.CanSee(employeeId, admin, new Conversation(1, 1, 1, Now), channel).ShouldBe(sees);
    }

    [Fact]
    public void InvitedColleague_SeesIt_EvenOutsideTheQueue()
    {
        var channel = new OpenChannel("Website", Now);
        var conversation = new Conversation(1, 1, 1, Now);
        conversation.Accept(1, Now);
        conversation.Invite(5, Now);

        ConversationAccess.CanSee(5, false, conversation, channel).ShouldBeTrue();
    }

    [Fact]
    public void InactiveChannel_HidesItFromEveryone()
    {
        var channel = new OpenChannel("Website", Now);
        channel.ReplaceQueue([1]);
        channel.Deactivate();

        ConversationAccess.CanSee(1, true, new Conversation(1, 1, 1, Now), channel).ShouldBeFalse();
    }

    [Fact]
    public void ReplaceQueue_KeepsOrderAndDropsRepeats()
    {
        var channel = new OpenChannel("Website", Now);

        channel.ReplaceQueue([3, 1, 3, 2]);

        channel.Queue.Select(m => (m.EmployeeId, m.Position)).ShouldBe([(3, 0), (1, 1), (2, 2)]);
    }
}
