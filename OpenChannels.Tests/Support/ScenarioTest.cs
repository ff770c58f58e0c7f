namespace OpenChannels.Tests.Support;

/// <summary>An integration test with its own app and the usual scenario: a channel, its live chat, agents in its queue.</summary>
public abstract class ScenarioTest(params string[] agentsInQueue) : IAsyncLifetime
{
    protected TestApp App { get; } = new();

    protected Scenario Scenario { get; private set; } = default!;

    public async Task InitializeAsync() => Scenario = await Scenario.CreateAsync(App, "Website", agentsInQueue);

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
