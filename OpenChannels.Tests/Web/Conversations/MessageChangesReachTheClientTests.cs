using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Tests.Web.Conversations;

/// <summary>M-6: an agent's edit or deletion of a reply reaches the client's open widget and their history.</summary>
public sealed class MessageChangesReachTheClientTests() : ScenarioTest
{
    private MessengerService Messenger => App.Get<MessengerService>();

    [Fact]
    public async Task M6_AnEditedReply_ReachesTheClient_WithTheNewText()
    {
        var (visitor, conversation, reply) = await ReplyAsync("See you on Monday");
        var (events, subscription) = App.Get<ClientFeed>().Subscribe(await ClientIdAsync());

        (await Messenger.EditMessageAsync(Scenario.Admin, conversation, reply, "See you on Tuesday")).ShouldSucceed();

        (await DrainAsync(events, subscription)).ShouldBe([$"{{\"id\":{reply},\"text\":\"See you on Tuesday\",\"deleted\":false,\"edited\":true}}"]);
        var shown = (await visitor.HistoryAsync()).Single(m => m.Id == reply);
        (shown.Text, shown.Edited, shown.Deleted).ShouldBe(("See you on Tuesday", true, false));
    }

    [Fact]
    public async Task M6_ADeletedReply_ReachesTheClient_AsDeleted_WithoutItsText()
    {
        var (visitor, conversation, reply) = await ReplyAsync("Your code is 1234");
        var (events, subscription) = App.Get<ClientFeed>().Subscribe(await ClientIdAsync());

        (await Messenger.DeleteMessageAsync(Scenario.Admin, conversation, reply)).ShouldSucceed();

        (await DrainAsync(events, subscription)).ShouldBe([$"{{\"id\":{reply},\"text\":\"\",\"deleted\":true,\"edited\":false}}"]);
        var shown = (await visitor.HistoryAsync()).Single(m => m.Id == reply);
        (shown.Text, shown.Deleted).ShouldBe((string.Empty, true));
    }

    private async Task<(WidgetVisitor Visitor, int Conversation, long Reply)> ReplyAsync(string text)
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        var reply = (await Messenger.SendAsync(Scenario.Admin, conversation, text, asNote: false)).ShouldSucceed();
        return (visitor, conversation, reply);
    }

    private Task<int> ClientIdAsync() => App.QueryAsync(db => db.Clients.Select(c => c.Id).SingleAsync());

    /// <summary>What the client's widget was sent as "message-updated" events, as JSON.</summary>
    private static async Task<IReadOnlyList<string>> DrainAsync(System.Threading.Channels.ChannelReader<ClientEvent> events, IDisposable subscription)
    {
        subscription.Dispose();
        var pushed = new List<string>();
        await foreach (var e in events.ReadAllAsync())
        {
            e.Name.ShouldBe(ClientEventNames.MessageUpdated);
            pushed.Add(JsonSerializer.Serialize(e.Payload));
        }

        return pushed;
    }
}
