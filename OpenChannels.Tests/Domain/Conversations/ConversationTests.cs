using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Builders;

namespace OpenChannels.Tests.Domain.Conversations;

public sealed class ConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_IsUnassignedAndOpen()
    {
        var conversation = new ConversationBuilder(Now).Build();

        conversation.Status.ShouldBe(ConversationStatus.Unassigned);
        conversation.IsOpen.ShouldBeTrue();
        conversation.AssignedEmployeeId.ShouldBeNull();
    }

    [Fact]
    public void Lifecycle_ClientAgentClient_GoesAssignedWaitingAnswered()
    {
        var conversation = new ConversationBuilder(Now).Build();
        conversation.RecordClientMessage("Hi", Now);

        conversation.Accept(10, Now);
        conversation.Status.ShouldBe(ConversationStatus.Assigned);
        conversation.RecordAgentMessage(10, "Hello", Now.AddMinutes(1));
        conversation.Status.ShouldBe(ConversationStatus.WaitingForClient);
        conversation.FirstResponseAt.ShouldBe(Now.AddMinutes(1));
        conversation.RecordClientMessage("Thanks", Now.AddMinutes(2));
        conversation.Status.ShouldBe(ConversationStatus.Answered);
        conversation.UnreadByAgents.ShouldBe(1);
    }

    [Fact]
    public void Accept_WhenAColleagueHasIt_SaysWho()
    {
        var conversation = new ConversationBuilder(Now).Build();
        conversation.Accept(10, Now);

        var taken = Should.Throw<DomainRuleViolated>(() => conversation.Accept(11, Now)).Error.ShouldBeOfType<ConversationTaken>();

        taken.HolderEmployeeId.ShouldBe(10);
        conversation.AssignedEmployeeId.ShouldBe(10);
        Should.NotThrow(() => conversation.Accept(10, Now));
    }

    [Fact]
    public void Reply_OnAnUnassignedConversation_AcceptsIt()
    {
        var conversation = new ConversationBuilder(Now).Build();

        conversation.RecordAgentMessage(10, "Hello", Now);

        conversation.AssignedEmployeeId.ShouldBe(10);
        conversation.AcceptedAt.ShouldBe(Now);
    }

    [Fact]
    public void Reply_ByAnAgentNeitherHoldingNorInvited_IsRefused()
    {
        var conversation = new ConversationBuilder(Now).Build();
        conversation.Accept(10, Now);

        Should.Throw<DomainRuleViolated>(() => conversation.RecordAgentMessage(11, "Me too", Now));
        conversation.Invite(11, Now);
        Should.NotThrow(() => conversation.RecordAgentMessage(11, "Me too", Now));
    }

    [Fact]
    public void Close_ThenAnything_IsRefusedAsFinished()
    {
        var conversation = new ConversationBuilder(Now).Build();
        conversation.Close(10, Now);

        conversation.IsOpen.ShouldBeFalse();
        conversation.AssignedEmployeeId.ShouldBe(10);
        Should.Throw<DomainRuleViolated>(() => conversation.RecordClientMessage("Hi", Now)).Error.ShouldBeOfType<ConversationFinished>();
        Should.Throw<DomainRuleViolated>(() => conversation.Accept(10, Now));
        Should.Throw<DomainRuleViolated>(() => conversation.MarkSpam(10, Now));
    }

    [Fact]
    public void TransferToChannel_ReturnsItToTheNewQueue()
    {
        var conversation = new ConversationBuilder(Now).Build();
        conversation.Accept(10, Now);
        conversation.SetPinned(10, true, Now);

        conversation.TransferToChannel(5);

        conversation.OpenChannelId.ShouldBe(5);
        conversation.AssignedEmployeeId.ShouldBeNull();
        conversation.Status.ShouldBe(ConversationStatus.Unassigned);
        conversation.IsPinned.ShouldBeFalse();
        Should.Throw<DomainRuleViolated>(() => conversation.TransferToChannel(5));
    }

    [Fact]
    public void Take_FromAColleague_UnpinsIt()
    {
        var conversation = new ConversationBuilder(Now).Build();
        conversation.Accept(10, Now);
        conversation.SetPinned(10, true, Now);

        conversation.Take(11, Now);

        conversation.AssignedEmployeeId.ShouldBe(11);
        conversation.IsPinned.ShouldBeFalse();
    }

    [Fact]
    public void M5_ALock_IsNeverClearedByAnOffer_OrAReturnToTheQueue_OnlyReleased()
    {
        var conversation = new ConversationBuilder(Now).Build();
        conversation.Offer(10, Now.AddMinutes(2));
        conversation.SetPinned(10, true, Now);

        conversation.IsAccepted.ShouldBeTrue("locking an offer accepts it");
        conversation.IsIdleOfferDue(Now.AddHours(1)).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => conversation.Offer(11, Now.AddMinutes(2)));
        Should.Throw<InvalidOperationException>(conversation.ReturnToQueue);
        conversation.IsPinned.ShouldBeTrue();

        conversation.ReleasePin();
        conversation.ReturnToQueue();
        conversation.AssignedEmployeeId.ShouldBeNull();
    }

    [Fact]
    public void M5_ALock_OutlivesTheClose_ButNotSpam()
    {
        var closed = new ConversationBuilder(Now).Build();
        closed.Accept(10, Now);
        closed.SetPinned(10, true, Now);
        closed.Close(10, Now);
        closed.IsPinned.ShouldBeTrue();

        var spam = new ConversationBuilder(Now).Build();
        spam.Accept(10, Now);
        spam.SetPinned(10, true, Now);
        spam.MarkSpam(10, Now);
        spam.IsPinned.ShouldBeFalse();
    }

    [Fact]
    public void Preview_IsShortenedWithAnEllipsis()
    {
        var conversation = new ConversationBuilder(Now).Build();

        conversation.RecordClientMessage(new string('a', 500), Now);

        conversation.LastMessagePreview.Length.ShouldBe(Conversation.PreviewLength);
        conversation.LastMessagePreview.ShouldEndWith("…");
    }

    [Theory]
    [InlineData(null, ConversationStatus.Unassigned, false, MessengerSection.Unanswered)]
    [InlineData(7, ConversationStatus.Assigned, false, MessengerSection.Unanswered)]
    [InlineData(7, ConversationStatus.Answered, false, MessengerSection.Unanswered)]
    [InlineData(7, ConversationStatus.WaitingForClient, false, MessengerSection.InProgress)]
    [InlineData(7, ConversationStatus.WaitingForClient, true, MessengerSection.Pinned)]
    [InlineData(8, ConversationStatus.WaitingForClient, false, MessengerSection.Colleagues)]
    public void Section_FollowsWhoHasItAndWhoseTurnItIs(int? holder, ConversationStatus status, bool pinned, MessengerSection expected)
    {
        var conversation = new ConversationBuilder(Now).Build();
        if (holder is { } h)
        {
            conversation.Accept(h, Now);
            if (status == ConversationStatus.WaitingForClient || status == ConversationStatus.Answered)
            {
                conversation.RecordAgentMessage(h, "reply", Now);
            }

            if (status == ConversationStatus.Answered)
            {
                conversation.RecordClientMessage("again", Now);
            }

            if (pinned)
            {
                conversation.SetPinned(h, true, Now);
            }
        }

        MessengerSections.For(conversation, employeeId: 7).ShouldBe(expected);
    }
}
