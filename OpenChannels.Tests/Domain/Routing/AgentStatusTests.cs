using OpenChannels.Domain.Common;
using OpenChannels.Domain.Routing;

namespace OpenChannels.Tests.Domain.Routing;

/// <summary>Q-4: the work day an agent starts, pauses, resumes and ends (when work-time tracking is in use).</summary>
public sealed class AgentStatusTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Q4_WorkDay_StartPauseResumeEnd_AndTheBreaksAddUp()
    {
        var status = new AgentStatus(10);
        status.WorkDay.ShouldBe(WorkDayState.NotStarted);

        status.StartWorkDay(Nine);
        status.Pause(Nine.AddHours(1));
        status.WorkDay.ShouldBe(WorkDayState.OnBreak);
        status.BreakStartedAt.ShouldBe(Nine.AddHours(1));
        status.Resume(Nine.AddHours(1).AddMinutes(15));
        status.Pause(Nine.AddHours(3));
        status.Resume(Nine.AddHours(3).AddMinutes(30));
        status.EndWorkDay(Nine.AddHours(8));

        status.WorkDay.ShouldBe(WorkDayState.Ended);
        status.WorkDayStartedAt.ShouldBe(Nine);
        status.WorkDayEndedAt.ShouldBe(Nine.AddHours(8));
        status.BreakStartedAt.ShouldBeNull();
        status.BreaksToday.ShouldBe(TimeSpan.FromMinutes(45));
    }

    [Fact]
    public void Q4_EndingTheDayOnABreak_EndsTheBreakToo_AndTheNextDayStartsWithNoBreaks()
    {
        var status = new AgentStatus(10);
        status.StartWorkDay(Nine);
        status.Pause(Nine.AddHours(7));

        status.EndWorkDay(Nine.AddHours(7).AddMinutes(20));

        status.WorkDay.ShouldBe(WorkDayState.Ended);
        status.BreaksToday.ShouldBe(TimeSpan.FromMinutes(20));
        status.StartWorkDay(Nine.AddDays(1));
        status.WorkDay.ShouldBe(WorkDayState.Working);
        status.BreaksToday.ShouldBe(TimeSpan.Zero);
        status.WorkDayEndedAt.ShouldBeNull();
    }

    [Fact]
    public void Q4_EachStep_IsRefusedWhenItMakesNoSense()
    {
        var status = new AgentStatus(10);
        Refused(() => status.Pause(Nine)).ShouldBe("Start the work day before taking a break.");
        Refused(() => status.Resume(Nine)).ShouldBe("There is no break to end.");
        Refused(() => status.EndWorkDay(Nine)).ShouldBe("The work day has not started.");

        status.StartWorkDay(Nine);
        Refused(() => status.StartWorkDay(Nine)).ShouldBe("The work day has already started.");
        Refused(() => status.Resume(Nine)).ShouldBe("There is no break to end.");

        status.Pause(Nine.AddHours(1));
        Refused(() => status.Pause(Nine.AddHours(1))).ShouldBe("Start the work day before taking a break.");
        Refused(() => status.StartWorkDay(Nine.AddHours(1))).ShouldBe("The work day has already started.");

        status.Resume(Nine.AddHours(2));
        status.EndWorkDay(Nine.AddHours(8));
        Refused(() => status.EndWorkDay(Nine.AddHours(8))).ShouldBe("The work day has not started.");
        Refused(() => status.Pause(Nine.AddHours(8))).ShouldBe("Start the work day before taking a break.");

        status.BreaksToday.ShouldBe(TimeSpan.FromHours(1), "a refused step changes nothing");
    }

    private static string Refused(Action step) => Should.Throw<DomainRuleViolated>(step).Error.ShouldBeOfType<Conflict>().Message;
}
