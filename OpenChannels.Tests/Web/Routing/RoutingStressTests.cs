using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Routing;

/// <summary>
/// The routing invariants under load, on the real SQLite file: clients arriving in parallel through the HTTP API,
/// agents accepting and finishing, and the sweeps running at the same time. Never two agents on one
/// conversation; never an agent above the limit.
/// </summary>
public sealed class RoutingStressTests
{
    private const int Agents = 10;
    private const int Limit = 3;
    private const int Rounds = 5;
    private const int ArrivalsPerRound = 40;

    [Fact]
    public async Task ParallelArrivalsAcceptsAndSweeps_KeepEveryInvariant()
    {
        using var app = new TestApp();
        var scenario = await Scenario.CreateAsync(app, "Website");
        var agents = new List<int>();
        for (var i = 0; i < Agents; i++)
        {
            agents.Add(await new Scenario(app).AddAgentAsync($"Agent{i}"));
        }

        await scenario.ConfigureQueueAsync(form =>
        {
            form.Entries = agents.Select(id => new QueueFormEntry(id, null, string.Empty)).ToList();
            form.Mode = DistributionMode.Evenly;
            form.LimitConversations = true;
            form.Limit = Limit;
            form.IdleMinutes = 1;
        });

        var messenger = app.Get<MessengerService>();
        var sweeps = app.Get<RoutingSweeps>();
        var accepted = new ConcurrentDictionary<int, ConcurrentBag<int>>();
        var random = new Random(20261123);

        for (var round = 0; round < Rounds; round++)
        {
            foreach (var agent in agents)
            {
                await app.Get<AgentStatusService>().TouchAsync(agent);
            }

            var visitors = new List<WidgetVisitor>();
            for (var i = 0; i < ArrivalsPerRound; i++)
            {
                visitors.Add(await WidgetVisitor.StartAsync(app, scenario.Key));
            }

            var open = await app.QueryAsync(db => db.Conversations.Where(c => c.IsOpen).Select(c => c.Id).ToListAsync());
            var work = new List<Task>();
            work.AddRange(visitors.Select(v => Task.Run(() => v.SayAsync("Hello"))));
            work.AddRange(Enumerable.Range(0, 30).Select(_ =>
            {
                var agent = agents[random.Next(agents.Count)];
                var conversation = open.Count == 0 ? 0 : open[random.Next(open.Count)];
                return Task.Run(async () =>
                {
                    if ((await messenger.AcceptAsync(Scenario.Agent(agent), conversation)).Succeeded)
                    {
                        accepted.GetOrAdd(conversation, _ => []).Add(agent);
                    }
                });
            }));
            work.AddRange(Enumerable.Range(0, 15).Select(_ =>
            {
                var agent = agents[random.Next(agents.Count)];
                var conversation = open.Count == 0 ? 0 : open[random.Next(open.Count)];
                return Task.Run(() => messenger.CloseAsync(Scenario.Agent(agent), conversation));
            }));
            work.Add(Task.Run(() => sweeps.ReofferUnassignedAsync()));
            work.Add(Task.Run(() => sweeps.TransferIdleOffersAsync()));
            await Task.WhenAll(work);

            app.Clock.Advance(TimeSpan.FromSeconds(61));
            foreach (var agent in agents)
            {
                await app.Get<AgentStatusService>().TouchAsync(agent);
            }

            await Task.WhenAll(Task.Run(() => sweeps.TransferIdleOffersAsync()), Task.Run(() => sweeps.ReofferUnassignedAsync()));
            await AssertInvariantsAsync(app, accepted);
        }

        (await app.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(Rounds * ArrivalsPerRound);
        (await app.QueryAsync(db => db.Conversations.CountAsync(c => c.AssignedEmployeeId != null))).ShouldBeGreaterThan(0);
    }

    private static async Task AssertInvariantsAsync(TestApp app, ConcurrentDictionary<int, ConcurrentBag<int>> accepted)
    {
        // Never two agents on one conversation: no conversation was successfully accepted by two different agents.
        accepted.Where(a => a.Value.Distinct().Count() > 1).Select(a => a.Key).ShouldBeEmpty();

        // Never an agent above the limit.
        var loads = await app.QueryAsync(db => db.Conversations
            .Where(c => c.IsOpen && c.AssignedEmployeeId != null)
            .GroupBy(c => c.AssignedEmployeeId)
            .Select(g => new { Agent = g.Key, Count = g.Count() })
            .ToListAsync());
        loads.Where(l => l.Count > Limit).ShouldBeEmpty();

        // The counters routing reads (kept by triggers) agree with the conversations themselves.
        await AgentLoadAssertions.ShouldMatchTheConversationsAsync(app);

        // One open conversation per client, and every client message stored once.
        (await app.QueryAsync(db => db.Conversations.Where(c => c.IsOpen).GroupBy(c => c.ClientId).CountAsync(g => g.Count() > 1))).ShouldBe(0);
        (await app.QueryAsync(db => db.Messages.Where(m => m.ClientMessageId != null).GroupBy(m => new { m.ClientId, m.ClientMessageId }).CountAsync(g => g.Count() > 1))).ShouldBe(0);
    }
}
