using Bunit;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Localization;

namespace OpenChannels.Tests.Components;

/// <summary>Times are shown in the viewer's own time zone, never the server's.</summary>
public sealed class ViewerTimeTests : BunitContext, IAsyncLifetime
{
    // 23:30 in UTC is already the next day in Warsaw (UTC+1 in December).
    private static readonly DateTimeOffset LateEvening = new(2026, 12, 1, 23, 30, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(LateEvening);

    public ViewerTimeTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddOpenChannelsLocalization();
    }

    [Fact]
    public void Formats_InTheViewersZone_AndSaysToday_ByTheViewersCalendar()
    {
        var warsaw = ViewerTime.For("Europe/Warsaw", _clock);

        warsaw.Format(LateEvening, "d MMM HH:mm").ShouldBe("2 Dec 00:30");
        warsaw.Day(LateEvening).ShouldBe(new DateOnly(2026, 12, 2));
        warsaw.Short(LateEvening.AddMinutes(-20)).ShouldBe("00:10", "still today in Warsaw");
        warsaw.Short(LateEvening.AddMinutes(-40)).ShouldBe("1 Dec", "yesterday in Warsaw, though today in UTC");
        ViewerTime.For("Not/AZone", _clock).Zone.ShouldBe(TimeZoneInfo.Utc);
    }

    [Fact]
    public void AMessage_ShowsItsTime_InTheCascadedZone()
    {
        var message = new AgentMessage(1, MessageKind.Client, null, "Client", "Hello", LateEvening, false, false, null, false);

        var bubble = Render<MessageBubble>(p => p
            .AddCascadingValue(ViewerTime.For("Europe/Warsaw", _clock))
            .Add(b => b.Message, message));

        bubble.Markup.ShouldContain("00:30");
        bubble.Markup.ShouldNotContain("23:30");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
