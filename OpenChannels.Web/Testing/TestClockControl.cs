namespace OpenChannels.Web.Testing;

/// <summary>How the test endpoints move the Testing environment's clock, whichever clock a test host uses.</summary>
public sealed class TestClockControl(Action<TimeSpan> advance)
{
    public void Advance(TimeSpan by) => advance(by);
}
