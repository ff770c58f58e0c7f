namespace OpenChannels.Bench;

/// <summary>
/// The sizes of a run: the numbers, or tiny ones for the smoke run (--quick). <see cref="Settle"/> is how long
/// the app is left idle before a memory reading, so that start-up work and new circuits have quietened down;
/// <see cref="IngestJobStores"/> the job stores the ingest scenario compares.
/// </summary>
public sealed record BenchScale(
    int RoutingAgents,
    int OpenConversations,
    int UnassignedConversations,
    int Runs,
    int IngestWorkers,
    int IngestMessages,
    int IngestWarmup,
    double DeliverBackgroundPerSecond,
    int DeliverProbes,
    IReadOnlyList<int> AgentCircuits,
    int ListConversations,
    int ListMessages,
    int BurstDeadlines,
    TimeSpan Settle,
    IReadOnlyList<JobStoreVariant> IngestJobStores)
{
    public static BenchScale Full { get; } = new(
        RoutingAgents: 500,
        OpenConversations: 50_000,
        UnassignedConversations: 100_000,
        Runs: 500,
        IngestWorkers: 32,
        IngestMessages: 8_000,
        IngestWarmup: 6_000,
        DeliverBackgroundPerSecond: 100,
        DeliverProbes: 300,
        AgentCircuits: [10, 25, 50, 100],
        ListConversations: 100_000,
        ListMessages: 1_000_000,
        BurstDeadlines: 5_000,
        Settle: TimeSpan.FromSeconds(3),
        IngestJobStores: JobStoreVariant.All);

    public static BenchScale Quick { get; } = new(
        RoutingAgents: 10,
        OpenConversations: 200,
        UnassignedConversations: 500,
        Runs: 20,
        IngestWorkers: 4,
        IngestMessages: 40,
        IngestWarmup: 5,
        DeliverBackgroundPerSecond: 10,
        DeliverProbes: 5,
        AgentCircuits: [2],
        ListConversations: 300,
        ListMessages: 3_000,
        BurstDeadlines: 40,

        // Nothing is measured in the smoke run, so nothing needs to settle before it is.
        Settle: TimeSpan.Zero,

        // One app start instead of three: the J-4 burst still starts the app on every store and writes to it meanwhile.
        IngestJobStores: [JobStoreVariant.Default]);
}
