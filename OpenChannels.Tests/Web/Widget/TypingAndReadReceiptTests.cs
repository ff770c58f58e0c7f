using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Tests.Web.Widget;

/// <summary>M-7 typing both ways (A-9: agents read the client's text as it is typed), and the client's read receipts.</summary>
public sealed class TypingAndReadReceiptTests() : ScenarioTest
{
    private MessengerService Messenger => App.Get<MessengerService>();

    [Fact]
    public async Task A9_TheClientsTyping_ReachesAgents_WithTheText()
    {
        var (visitor, conversation) = await ConversationAsync();
        var seen = new List<ConversationEvent>();
        using (App.Get<AgentFeed>().Subscribe(e =>
        {
            lock (seen)
            {
                seen.Add(e);
            }

            return Task.CompletedTask;
        }))
        {
            var response = await visitor.Http.PostAsJsonAsync($"{visitor.Base}/typing", new { text = "  I would like to chan" });
            response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        lock (seen)
        {
            seen.ShouldHaveSingleItem().ShouldBe(new ConversationEvent(conversation, ConversationEventKind.ClientTyping, TypingText: "I would like to chan", IsTyping: true));
        }
    }

    [Fact]
    public async Task M7_TheAgentsTyping_ReachesTheClient_WithTheAgentsName_AndStops()
    {
        var (_, conversation) = await ConversationAsync();
        var clientId = await App.QueryAsync(db => db.Clients.Select(c => c.Id).SingleAsync());
        var (events, subscription) = App.Get<ClientFeed>().Subscribe(clientId);

        await Messenger.AgentTypingAsync(Scenario.Admin, conversation, typing: true);
        await Messenger.AgentTypingAsync(Scenario.Admin, conversation, typing: false);
        subscription.Dispose();

        var pushed = new List<string>();
        await foreach (var e in events.ReadAllAsync())
        {
            e.Name.ShouldBe(ClientEventNames.Typing);
            pushed.Add(JsonSerializer.Serialize(e.Payload));
        }

        pushed.ShouldBe(["{\"typing\":true,\"name\":\"Ada\"}", "{\"typing\":false,\"name\":\"Ada\"}"]);
    }

    [Fact]
    public async Task ReadReceipt_MarksTheAgentsMessagesRead_AndTheAgentSeesIt()
    {
        var (visitor, conversation) = await ConversationAsync();
        (await Messenger.SendAsync(Scenario.Admin, conversation, "First answer", asNote: false)).ShouldSucceed();
        (await Messenger.SendAsync(Scenario.Admin, conversation, "Second answer", asNote: false)).ShouldSucceed();
        (await Messenger.SendAsync(Scenario.Admin, conversation, "Internal", asNote: true)).ShouldSucceed();
        (await AgentSideAsync(conversation)).Where(m => m.Kind == MessageKind.Agent).ShouldAllBe(m => !m.ReadByClient);
        var changed = new List<ConversationEvent>();
        using var subscription = App.Get<AgentFeed>().Subscribe(e =>
        {
            lock (changed)
            {
                changed.Add(e);
            }

            return Task.CompletedTask;
        });

        (await visitor.Http.PostAsync($"{visitor.Base}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var messages = await AgentSideAsync(conversation);
        messages.Where(m => m.Kind == MessageKind.Agent).Select(m => (m.Text, m.ReadByClient)).ShouldBe([("First answer", true), ("Second answer", true)]);
        messages.Where(m => m.Kind != MessageKind.Agent).ShouldAllBe(m => !m.ReadByClient);
        lock (changed)
        {
            changed.ShouldContain(e => e.ConversationId == conversation && e.Kind == ConversationEventKind.Changed, "agent screens refresh");
        }

        (await App.QueryAsync(db => db.Messages.Where(m => m.ReadByClientAt != null).Select(m => m.ReadByClientAt).Distinct().ToListAsync()))
            .ShouldBe([App.Clock.GetUtcNow()]);
    }

    private async Task<(WidgetVisitor Visitor, int Conversation)> ConversationAsync()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        return (visitor, await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync()));
    }

    private async Task<IReadOnlyList<AgentMessage>> AgentSideAsync(int conversation) =>
        (await App.Get<ConversationQueries>().GetAsync(Scenario.Admin, conversation))!.Messages;
}
