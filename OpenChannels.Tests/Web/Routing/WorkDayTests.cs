using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Routing;

/// <summary>Q-4: an agent who tracks work time gets conversations only during a started work day, not on a break.</summary>
public sealed class WorkDayTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private Scenario _scenario = default!;
    private int _bea;

    private AgentStatusService Status => _app.Get<AgentStatusService>();

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app);
        _bea = (await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm
        {
            FirstName = "Bea",
            Email = "bea@example.test",
            Password = "agent-pass-1",
            TracksWorkTime = true,
        })).ShouldSucceed();
        await _scenario.ConfigureQueueAsync(form => form.Entries = [new QueueFormEntry(_bea, null, string.Empty)]);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Q4_TheWorkDay_IsStartedPausedResumedAndEnded_AndEachStepTwiceInARowIsRefused()
    {
        (await Status.PresenceAsync(_bea)).ShouldBe(new AgentPresence(false, true, WorkDayState.NotStarted, null));
        (await Status.PauseAsync(_bea)).ShouldFail().ShouldBeOfType<Conflict>();
        (await Status.EndWorkDayAsync(_bea)).ShouldFail().ShouldBeOfType<Conflict>();

        var started = _app.Clock.GetUtcNow();
        (await Status.StartWorkDayAsync(_bea)).ShouldSucceed();
        (await Status.StartWorkDayAsync(_bea)).ShouldFail().Message.ShouldBe("The work day has already started.");
        (await Status.ResumeAsync(_bea)).ShouldFail().Message.ShouldBe("There is no break to end.");

        _app.Clock.Advance(TimeSpan.FromHours(2));
        (await Status.PauseAsync(_bea)).ShouldSucceed();
        (await Status.PauseAsync(_bea)).ShouldFail().Message.ShouldBe("Start the work day before taking a break.");
        (await Status.PresenceAsync(_bea)).WorkDay.ShouldBe(WorkDayState.OnBreak);
        _app.Clock.Advance(TimeSpan.FromMinutes(20));
        (await Status.ResumeAsync(_bea)).ShouldSucceed();
        (await Status.ResumeAsync(_bea)).ShouldFail().Message.ShouldBe("There is no break to end.");

        _app.Clock.Advance(TimeSpan.FromHours(6));
        (await Status.EndWorkDayAsync(_bea)).ShouldSucceed();
        (await Status.EndWorkDayAsync(_bea)).ShouldFail().Message.ShouldBe("The work day has not started.");

        (await Status.PresenceAsync(_bea)).ShouldBe(new AgentPresence(false, true, WorkDayState.Ended, started));
        var stored = await _app.QueryAsync(db => db.AgentStatuses.SingleAsync(s => s.EmployeeId == _bea));
        stored.BreaksToday.ShouldBe(TimeSpan.FromMinutes(20));
        stored.WorkDayEndedAt.ShouldBe(_app.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Q4_RoutingSkipsAWorkTimeTracker_BeforeTheDayStarts_AndOnABreak()
    {
        await Status.TouchAsync(_bea);

        var beforeTheDay = await NewConversationAsync();
        (await _app.HolderAsync(beforeTheDay)).ShouldBeNull();
        (await SkipReasonAsync(beforeTheDay)).ShouldBe(SkipReason.WorkDayNotStarted);

        (await Status.StartWorkDayAsync(_bea)).ShouldSucceed();
        (await _app.Get<RoutingSweeps>().ReofferUnassignedAsync()).ShouldBe(1);
        (await _app.HolderAsync(beforeTheDay)).ShouldBe(_bea);

        (await Status.PauseAsync(_bea)).ShouldSucceed();
        var onABreak = await NewConversationAsync();
        (await _app.HolderAsync(onABreak)).ShouldBeNull();
        (await SkipReasonAsync(onABreak)).ShouldBe(SkipReason.OnBreak);

        (await Status.ResumeAsync(_bea)).ShouldSucceed();
        (await _app.HolderAsync(await NewConversationAsync())).ShouldBe(_bea);

        (await Status.EndWorkDayAsync(_bea)).ShouldSucceed();
        var afterTheDay = await NewConversationAsync();
        (await _app.HolderAsync(afterTheDay)).ShouldBeNull();
        (await SkipReasonAsync(afterTheDay)).ShouldBe(SkipReason.WorkDayNotStarted);
    }

    private async Task<int> NewConversationAsync()
    {
        await (await WidgetVisitor.StartAsync(_app, _scenario.Key)).SayAsync("Hello");
        return await _app.QueryAsync(db => db.Conversations.OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
    }


    private async Task<SkipReason?> SkipReasonAsync(int conversationId)
    {
        var audit = await _app.QueryAsync(db => db.RoutingAudit.Where(a => a.ConversationId == conversationId).OrderBy(a => a.Id).ToListAsync());
        return audit.Last().ReadCandidates().Single(c => c.EmployeeId == _bea).Skipped;
    }
}
