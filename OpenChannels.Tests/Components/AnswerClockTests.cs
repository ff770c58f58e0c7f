using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Localization;

namespace OpenChannels.Tests.Components;

/// <summary>K-2: the conversation's timer chip — how long the client has waited, amber near the target, red when late.</summary>
public sealed class AnswerClockTests : BunitContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Wrote = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Wrote);

    public AnswerClockTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddOpenChannelsLocalization();
        Services.AddSingleton<TimeProvider>(_clock);
    }

    [Fact]
    public void TheChip_TurnsAmberNearTheTarget_AndRedWhenLate_ByItself()
    {
        var waiting = ResponseTimes.None.ClientWrote(Wrote, new ResponseWatch(TimeSpan.FromMinutes(10), null, null));
        var chip = Render<AnswerClock>(p => p.Add(c => c.Responses, waiting));

        State(chip).ShouldBe(("on-time", "Answer within 10 min"));
        _clock.Advance(TimeSpan.FromMinutes(7) + TimeSpan.FromSeconds(30));
        chip.WaitForAssertion(() => State(chip).ShouldBe(("near", "Answer within 2 min")));
        _clock.Advance(TimeSpan.FromMinutes(3));
        chip.WaitForAssertion(() => State(chip).ShouldBe(("late", "Late by under 1 min")));
        _clock.Advance(TimeSpan.FromMinutes(75));
        chip.WaitForAssertion(() => State(chip).ShouldBe(("late", "Late by 1 h 15 min")));
    }

    [Fact]
    public void WithoutATarget_ItShowsTheWait_AndNothingWhenNobodyWaits()
    {
        var waiting = ResponseTimes.None.ClientWrote(Wrote);
        _clock.Advance(TimeSpan.FromHours(30));

        State(Render<AnswerClock>(p => p.Add(c => c.Responses, waiting))).ShouldBe(("waiting", "Waiting 1 d 6 h"));
        Render<AnswerClock>(p => p.Add(c => c.Responses, waiting.AgentAnswered(_clock.GetUtcNow()))).FindAll("[data-testid=answer-clock]").ShouldBeEmpty();
    }

    private static (string?, string) State(IRenderedComponent<AnswerClock> chip)
    {
        var element = chip.Find("[data-testid=answer-clock]");
        return (element.GetAttribute("data-state"), element.TextContent.Trim());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
