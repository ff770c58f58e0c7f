using Microsoft.Extensions.Time.Testing;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Departments;
using OpenChannels.Domain.Employees;
using OpenChannels.Domain.Scheduling;
using OpenChannels.Tests.Builders;

namespace OpenChannels.Tests.Domain.Conversations;

/// <summary>The rules that decide the automatic texts and the other rules that moved out of the services (A-1, H-2, Q-11, J-3).</summary>
public sealed class AutomaticNoticeRulesTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _clock.GetUtcNow();

    [Theory]
    [InlineData(GreetingMode.Off, true, false)]
    [InlineData(GreetingMode.FirstContact, true, true)]
    [InlineData(GreetingMode.FirstContact, false, false)]
    [InlineData(GreetingMode.EveryConversation, false, true)]
    public void Greeting_FollowsTheChannelsMode(GreetingMode mode, bool firstContact, bool greets)
    {
        var replies = new AutomaticReplies(mode, null, AutomaticReply.Off, null, AutomaticReply.Off);

        replies.ShouldGreet(firstContact).ShouldBe(greets);
    }

    [Fact]
    public void OutOfHoursNotice_OnlyWhenClosed_AndOncePerConversation()
    {
        var channel = new OpenChannel("Website", Now);
        channel.ChangeWorkingHours(new WorkingHours("UTC", new TimeOnly(10, 0), new TimeOnly(18, 0), new HashSet<DayOfWeek>(), []), AutomaticReply.On, false, AutomaticReply.On);
        var conversation = new ConversationBuilder(Now).InChannel(channel.Id).ThroughConnector(1).FromClient(1).Build();

        conversation.NeedsOutOfHoursNotice(channel, Now).ShouldBeTrue("09:00 is before 10:00");
        conversation.NeedsOutOfHoursNotice(channel, Now.AddHours(2)).ShouldBeFalse("12:00 is within hours");
        conversation.NoteOutOfHoursNoticeSent(Now);
        conversation.NeedsOutOfHoursNotice(channel, Now).ShouldBeFalse("told once");
    }

    [Fact]
    public void NoAgentNotice_Once_NotAfterTheOutOfHoursReply_AndNotWhenTurnedOff()
    {
        var channel = new OpenChannel("Website", Now);
        var told = new ConversationBuilder(Now).InChannel(channel.Id).ThroughConnector(1).FromClient(1).Build();
        var outOfHours = new ConversationBuilder(Now).InChannel(channel.Id).ThroughConnector(1).FromClient(2).Build();

        told.ShouldTellNoAgent(channel).ShouldBeTrue();
        told.NoteNoAgentNoticeSent(Now);
        told.ShouldTellNoAgent(channel).ShouldBeFalse();
        outOfHours.NoteOutOfHoursNoticeSent(Now);
        outOfHours.ShouldTellNoAgent(channel).ShouldBeFalse();
        channel.ChangeWorkingHours(null, AutomaticReply.On, false, noAgent: AutomaticReply.Off);
        new ConversationBuilder(Now).InChannel(channel.Id).ThroughConnector(1).FromClient(3).Build().ShouldTellNoAgent(channel).ShouldBeFalse();
    }

    [Fact]
    public void Stale_AfterAWeekWithoutAMessage_WhileOpen()
    {
        var conversation = new ConversationBuilder(Now).FromClient(1).ThroughConnector(1).Build();

        conversation.IsStale(Now + Conversation.StaleAfter).ShouldBeFalse();
        conversation.IsStale(Now + Conversation.StaleAfter + TimeSpan.FromSeconds(1)).ShouldBeTrue();
        conversation.CloseAutomatically(Now);
        conversation.IsStale(Now.AddDays(30)).ShouldBeFalse();
    }

    [Fact]
    public void Department_WithMembersOrSubDepartments_IsNotDeletable()
    {
        var department = new Department("Support", null);

        Should.Throw<DomainRuleViolated>(() => department.EnsureDeletable(1, 0)).Error.ShouldBeOfType<DepartmentNotEmpty>();
        Should.Throw<DomainRuleViolated>(() => department.EnsureDeletable(0, 2)).Error.Message.ShouldBe("Support still has 0 sub-department(s) and 2 employee(s). Move them first.");
        department.EnsureDeletable(0, 0);
    }

    [Fact]
    public void Employee_CannotDismissThemselves()
    {
        var employee = new Employee("Ann", "Lee", "ann@example.test", Now);

        Should.Throw<DomainRuleViolated>(() => employee.Dismiss(Now, by: employee.Id)).Error.ShouldBeOfType<CannotDismissYourself>();
        employee.Dismiss(Now, by: employee.Id + 1);
        employee.IsDismissed.ShouldBeTrue();
    }
}
