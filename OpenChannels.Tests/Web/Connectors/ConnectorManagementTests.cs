using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors.Api;
using OpenChannels.Web.Features.Channels;

namespace OpenChannels.Tests.Web.Connectors;

/// <summary>CH-1's management: a disabled connector keeps and answers what comes, a moved one sends new conversations elsewhere.</summary>
public sealed class ConnectorManagementTests() : ScenarioTest("Bea")
{
    private ConnectorService Connectors => App.Get<ConnectorService>();

    [Fact]
    public async Task ADisabledConnector_KeepsEveryMessage_AnswersOncePerConversation_AndTheAgentsGetItWhenEnabled()
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        await App.OnlineAsync(bea);
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);
        (await Connectors.DisableAsync(api.Connector.ConnectorId, "We are moving to a new system; we will answer soon.")).ShouldSucceed();

        var first = (await (await api.SayAsync("crm-42", "m-1", "Hello?")).Content.ReadFromJsonAsync<InboxReceipt>())!;
        await api.SayAsync("crm-42", "m-2", "Anyone?");

        var messages = await App.QueryAsync(db => db.Messages.Where(m => m.ConversationId == first.ConversationId).OrderBy(m => m.Id).ToListAsync());
        messages.Where(m => m.Kind == MessageKind.Client).Select(m => m.Text).ShouldBe(["Hello?", "Anyone?"]);
        messages.Where(m => m.Kind == MessageKind.System).Select(m => m.Text).ShouldBe(["We are moving to a new system; we will answer soon."]);
        (await App.HolderAsync(first.ConversationId)).ShouldBeNull("nobody is offered it while the connector is disabled");

        (await Connectors.EnableAsync(api.Connector.ConnectorId)).ShouldSucceed();

        (await App.HolderAsync(first.ConversationId)).ShouldBe(bea);
    }

    [Fact]
    public async Task ADisabledConnector_WithoutItsOwnText_AnswersInTheChannelsLanguage()
    {
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);
        (await Connectors.DisableAsync(api.Connector.ConnectorId, reply: null)).ShouldSucceed();

        await api.SayAsync("crm-42", "m-1", "Hello?");

        (await App.QueryAsync(db => db.Messages.Where(m => m.Kind == MessageKind.System).Select(m => m.Text).SingleAsync()))
            .ShouldBe(DefaultTexts.For(ChannelLanguage.English, DefaultText.ConnectorPaused));
    }

    [Fact]
    public async Task AMovedConnector_SendsNewConversationsToItsNewChannel_WhileOpenOnesStay()
    {
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);
        var before = (await (await api.SayAsync("crm-42", "m-1", "Hello")).Content.ReadFromJsonAsync<InboxReceipt>())!;
        var other = await App.Get<OpenChannelService>().CreateAsync("Support");

        (await Connectors.MoveAsync(api.Connector.ConnectorId, other.ShouldSucceed())).ShouldSucceed();
        var continued = (await (await api.SayAsync("crm-42", "m-2", "Still there?")).Content.ReadFromJsonAsync<InboxReceipt>())!;
        var fresh = (await (await api.SayAsync("crm-7", "m-1", "Hi")).Content.ReadFromJsonAsync<InboxReceipt>())!;

        continued.ConversationId.ShouldBe(before.ConversationId);
        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == before.ConversationId).Select(c => c.OpenChannelId).SingleAsync())).ShouldBe(Scenario.ChannelId);
        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == fresh.ConversationId).Select(c => c.OpenChannelId).SingleAsync())).ShouldBe(other.Value);
        (await Connectors.ConnectorsAsync(other.Value)).ShouldHaveSingleItem().Id.ShouldBe(api.Connector.ConnectorId);
        (await Connectors.ConnectorsAsync(Scenario.ChannelId)).ShouldNotContain(c => c.Id == api.Connector.ConnectorId);
    }

    [Fact]
    public async Task ARemovedConnector_TakesNoMoreMessages_AndKeepsItsConversations()
    {
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);
        await api.SayAsync("crm-42", "m-1", "Hello");

        (await Connectors.DetachAsync(api.Connector.ConnectorId)).ShouldSucceed();

        (await api.SayAsync("crm-42", "m-2", "Hello again")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        (await App.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task ANewToken_StopsTheOldOne_AtOnce()
    {
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);

        var renewed = (await Connectors.RenewApiSecretsAsync(api.Connector.ConnectorId, token: true, signingSecret: false, actingUserId: null)).ShouldSucceed();

        (await api.SayAsync("crm-42", "m-1", "Hello")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        (await api.PostAsync(new { id = "m-1", client = new { id = "crm-42" }, text = "Hello" }, renewed.Token)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
    }

    [Fact]
    public async Task SendATest_ReachesTheWebhook_AndAFailureShowsOnTheConnector()
    {
        await using var receiver = await TestBotServer.StartAsync(App.Clock);
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId, receiver.Url.ToString());
        receiver.Secret = api.Connector.SigningSecret!;

        (await Connectors.SendTestAsync(api.Connector.ConnectorId)).ShouldSucceed().Delivered.ShouldBeTrue();
        receiver.Handled.ShouldHaveSingleItem().Body.ShouldContain("\"type\":\"test\"");

        receiver.Answer((500, "{}"));
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        (await Connectors.SendTestAsync(api.Connector.ConnectorId)).ShouldSucceed().Delivered.ShouldBeFalse();
        var row = (await Connectors.ConnectorsAsync(Scenario.ChannelId)).Single(c => c.Id == api.Connector.ConnectorId);
        row.IsFailing.ShouldBeTrue();
        row.LastError!.ShouldContain("500");
    }
}
