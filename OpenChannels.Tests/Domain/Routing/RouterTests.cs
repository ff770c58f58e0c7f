using Microsoft.Extensions.Time.Testing;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Builders;

namespace OpenChannels.Tests.Domain.Routing;

public sealed class RouterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _clock.GetUtcNow();

    private static QueueSettings Settings(DistributionMode mode, int? limit = null, ExcludedFromLimit excluded = ExcludedFromLimit.None, bool checkOnline = true) =>
        new(mode, TimeSpan.FromMinutes(2), checkOnline, alwaysMonitorAvailability: false, limit, excluded);

    private AgentBuilder Agent(int id) => new(id, Now);

    [Fact]
    public void InOrder_NewConversation_GoesToTheFirstAvailable()
    {
        var decision = Router.Decide(Settings(DistributionMode.StrictlyInOrder), [Agent(1).OnVacation(), Agent(2), Agent(3)], Now);

        decision.Outcome.ShouldBe(RoutingOutcome.Offered);
        decision.ChosenEmployeeId.ShouldBe(2);
        decision.Candidates.Select(c => c.Skipped).ShouldBe([SkipReason.OnVacation, null, SkipReason.NotChosen]);
    }

    [Fact]
    public void InOrder_WhenTheFirstDoesNotAcceptWithinTheIdleTime_TheNextOneGetsIt_AndItWrapsAround()
    {
        AgentSnapshot[] queue = [Agent(1), Agent(2), Agent(3)];
        var settings = Settings(DistributionMode.StrictlyInOrder);

        var first = Router.Decide(settings, queue, Now).ChosenEmployeeId;
        _clock.Advance(settings.IdleTime);

        // Their tabs stayed open meanwhile, so they are still online.
        queue = [Agent(1), Agent(2), Agent(3)];
        var second = Router.Decide(settings, queue, Now, previous: first).ChosenEmployeeId;
        var third = Router.Decide(settings, queue, Now, previous: second).ChosenEmployeeId;
        var fourth = Router.Decide(settings, queue, Now, previous: third);

        (first, second, third, fourth.ChosenEmployeeId).ShouldBe((1, 2, 3, 1));
        fourth.Candidates.Single(c => c.EmployeeId == 3).Skipped.ShouldBe(SkipReason.DidNotAccept);
    }

    [Fact]
    public void Evenly_GoesToTheAgentWhoseLastAssignmentIsOldest()
    {
        var decision = Router.Decide(
            Settings(DistributionMode.Evenly),
            [Agent(1).LastAssigned(Now.AddMinutes(-5)), Agent(2).LastAssigned(Now.AddMinutes(-30)), Agent(3).LastAssigned(Now.AddMinutes(-10))],
            Now);

        decision.ChosenEmployeeId.ShouldBe(2);
    }

    [Fact]
    public void Evenly_NeverAssignedComesFirst_ThenQueueOrderBreaksTies()
    {
        var decision = Router.Decide(Settings(DistributionMode.Evenly), [Agent(1).LastAssigned(Now.AddMinutes(-1)), Agent(2), Agent(3)], Now);

        decision.ChosenEmployeeId.ShouldBe(2);
    }

    [Fact]
    public void Evenly_SkipsUnavailableAgents_WithEachReasonInTheAudit()
    {
        var settings = Settings(DistributionMode.Evenly, limit: 2);
        var decision = Router.Decide(
            settings,
            [
                Agent(1).LastActive(Now.AddMinutes(-11)),
                Agent(2).OnVacation(),
                Agent(3).Dismissed(),
                Agent(4).TrackingWorkTime(WorkDayState.OnBreak),
                Agent(5).WithLoad(2),
                Agent(6).TrackingWorkTime(WorkDayState.NotStarted),
                Agent(7).LastAssigned(Now.AddHours(-1)).TrackingWorkTime(WorkDayState.Working).WithLoad(1),
            ],
            Now);

        decision.ChosenEmployeeId.ShouldBe(7);
        decision.Candidates.Select(c => c.Skipped).ShouldBe(
        [
            SkipReason.Offline, SkipReason.OnVacation, SkipReason.Dismissed, SkipReason.OnBreak, SkipReason.AtLimit,
            SkipReason.WorkDayNotStarted, null,
        ]);
    }

    [Fact]
    public void Q4_AnOpenTabMarkedActiveAMinuteAgo_IsStillOnline_ButNotAfter()
    {
        var settings = Settings(DistributionMode.Evenly);

        // An open tab marks its agent active every 20 s, used or not; a minute without means no tab is open (seed 003).
        Availability.Check(Agent(1).LastActive(Now.AddMinutes(-1)), settings, Now).ShouldBeNull();
        Availability.Check(Agent(1).LastActive(Now.AddMinutes(-1).AddSeconds(-1)), settings, Now).ShouldBe(SkipReason.Offline);
        Availability.Check(Agent(1).LastActive(null), settings with { }, Now).ShouldBe(SkipReason.Offline);
        Availability.Check(Agent(1).LastActive(null), Settings(DistributionMode.Evenly, checkOnline: false), Now).ShouldBeNull();
    }

    [Fact]
    public void ToAll_OffersToEveryEligibleAgent()
    {
        var decision = Router.Decide(Settings(DistributionMode.ToAll), [Agent(1), Agent(2).Dismissed(), Agent(3)], Now);

        decision.Outcome.ShouldBe(RoutingOutcome.OfferedToAll);
        decision.ChosenEmployeeId.ShouldBeNull();
        decision.Candidates.Where(c => c.Skipped is null).Select(c => c.EmployeeId).ShouldBe([1, 3]);
    }

    [Fact]
    public void NobodyAvailable_LeavesItUnassigned()
    {
        var decision = Router.Decide(Settings(DistributionMode.Evenly), [Agent(1).Dismissed(), Agent(2).LastActive(null)], Now);

        decision.Outcome.ShouldBe(RoutingOutcome.NoAgentAvailable);
        decision.ChosenEmployeeId.ShouldBeNull();
    }

    [Fact]
    public void TheOneWhoLetItGo_GetsItAgain_OnlyWhenNobodyElseCan()
    {
        var decision = Router.Decide(Settings(DistributionMode.StrictlyInOrder), [Agent(1), Agent(2).OnVacation()], Now, previous: 1);

        decision.ChosenEmployeeId.ShouldBe(1);
    }

    [Fact]
    public void ResponsiblePerson_OutsideTheQueue_GetsIt_EvenOfflineAndAtLimit()
    {
        var responsible = Agent(9).LastActive(null).WithLoad(50).Build();

        var decision = Router.Decide(Settings(DistributionMode.Evenly, limit: 3), [Agent(1)], Now, responsible: responsible);

        decision.ChosenEmployeeId.ShouldBe(9);
        decision.ViaResponsiblePerson.ShouldBeTrue();
    }

    [Fact]
    public void ResponsiblePerson_OnVacation_FallsBackToTheQueue()
    {
        var decision = Router.Decide(Settings(DistributionMode.Evenly), [Agent(1)], Now, responsible: Agent(9).OnVacation());

        decision.ChosenEmployeeId.ShouldBe(1);
        decision.ViaResponsiblePerson.ShouldBeFalse();
    }

    [Theory]
    [InlineData(ConversationStatus.Assigned, false, ExcludedFromLimit.None, true)]
    [InlineData(ConversationStatus.WaitingForClient, true, ExcludedFromLimit.None, true)]
    [InlineData(ConversationStatus.WaitingForClient, true, ExcludedFromLimit.WaitingForClient, false)]
    [InlineData(ConversationStatus.Answered, true, ExcludedFromLimit.WaitingForClient, true)]
    [InlineData(ConversationStatus.Answered, true, ExcludedFromLimit.Answered, false)]
    [InlineData(ConversationStatus.Assigned, false, ExcludedFromLimit.Answered, true)]
    [InlineData(ConversationStatus.Closed, true, ExcludedFromLimit.None, true)]
    [InlineData(ConversationStatus.Closed, true, ExcludedFromLimit.WaitingForClient, false)]
    [InlineData(ConversationStatus.Closed, false, ExcludedFromLimit.WaitingForClient, false)]
    [InlineData(ConversationStatus.Closed, false, ExcludedFromLimit.Answered, false)]
    [InlineData(ConversationStatus.Closed, false, ExcludedFromLimit.Closed, false)]
    [InlineData(ConversationStatus.Spam, false, ExcludedFromLimit.None, false)]
    public void ExcludedStatuses_DecideWhatCountsTowardsTheLimit(ConversationStatus status, bool answered, ExcludedFromLimit excluded, bool counts)
    {
        ConversationLoad.Counts(status, answered, excluded).ShouldBe(counts);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(59)]
    [InlineData(12 * 60 * 60 + 1)]
    public void IdleTime_OutsideOneMinuteToTwelveHours_IsRefused(int seconds)
    {
        Should.Throw<DomainRuleViolated>(() => new QueueSettings(DistributionMode.Evenly, TimeSpan.FromSeconds(seconds), true, false, null, ExcludedFromLimit.None))
            .Message.ShouldBe("The idle time must be between 1 minute and 12 hours.");
    }

    [Fact]
    public void Departments_ExpandToTheirMembers_InOrder_EachAgentOnce()
    {
        var members = new Dictionary<int, int[]> { [100] = [2, 3], [200] = [3, 4] };

        var agents = QueueExpansion.Expand([(1, null), (null, 100), (null, 200), (2, null)], d => members[d]);

        agents.ShouldBe([1, 2, 3, 4]);
    }
}
