using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors;
using OpenChannels.Web.Connectors.Api;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Connectors;

/// <summary>
/// CH-1's API connector through the real HTTP stack: an external system posts its clients' messages with the connector's
/// token; each is stored once and handled like any client's; bad input is a problem and stores nothing.
/// </summary>
public sealed class ApiInboxTests() : ScenarioTest("Bea")
{
    [Fact]
    public async Task APostedMessage_OpensAConversation_ForTheNamedClient_AndARepeatIsStoredOnce()
    {
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);

        var first = await api.SayAsync("crm-42", "m-1", "Where is my order?", name: "Alice Martin");
        var again = await api.SayAsync("crm-42", "m-1", "Where is my order?", name: "Alice Martin");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var receipt = (await first.Content.ReadFromJsonAsync<InboxReceipt>())!;
        (await again.Content.ReadFromJsonAsync<InboxReceipt>())!.ShouldBe(receipt with { Created = false });
        var stored = await App.QueryAsync(db => db.Messages.Where(m => m.Kind == MessageKind.Client).ToListAsync());
        stored.ShouldHaveSingleItem().Text.ShouldBe("Where is my order?");
        var client = await App.QueryAsync(db => db.Clients.SingleAsync(c => c.Id == receipt.ClientId));
        (client.ExternalId, client.Name).ShouldBe(("crm-42", "Alice Martin"));
        var conversation = await App.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == receipt.ConversationId));
        (conversation.OpenChannelId, conversation.ConnectorId).ShouldBe((Scenario.ChannelId, api.Connector.ConnectorId));
    }

    [Fact]
    public async Task TheSameClientWritingAgain_ContinuesTheirOpenConversation_AndAnotherClientGetsTheirOwn()
    {
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);

        var one = await (await api.SayAsync("crm-42", "m-1", "Hello")).Content.ReadFromJsonAsync<InboxReceipt>();
        var two = await (await api.SayAsync("crm-42", "m-2", "Are you there?")).Content.ReadFromJsonAsync<InboxReceipt>();
        var other = await (await api.SayAsync("crm-7", "m-1", "Hi")).Content.ReadFromJsonAsync<InboxReceipt>();

        two!.ConversationId.ShouldBe(one!.ConversationId);
        other!.ConversationId.ShouldNotBe(one.ConversationId);
        other.ClientId.ShouldNotBe(one.ClientId);
    }

    [Fact]
    public async Task AWrongToken_AnotherConnectorsToken_OrTheLiveChatsKey_OpenNothing()
    {
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);
        var other = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);
        var body = new { id = "m-1", client = new { id = "x" }, text = "Hi" };

        (await api.PostAsync(body, token: "ocapi_wrong")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.PostAsync(body, token: other.Connector.Token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var http = App.AnonymousClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", api.Connector.Token);
        (await http.PostAsJsonAsync($"/api/inbox/{Scenario.Key}/messages", body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The API connector's key opens no live-chat session either.
        (await App.AnonymousClient().PostAsync($"/api/widget/{api.Connector.PublicKey}/sessions", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.QueryAsync(db => db.Messages.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"client":{"id":"c"},"text":"Hi"}""", "id")]
    [InlineData("""{"id":"m","text":"Hi"}""", "client.id")]
    [InlineData("""{"id":"m","client":{"id":"c"}}""", "text")]
    [InlineData("""{"id":"m","client":{"id":"c","email":"not-an-address"},"text":"Hi"}""", "E-mail")]
    [InlineData("""{"id":"m","client":{"id":"c"},"text":"Hi","attachment":{"url":"ftp://example.test/a.png"}}""", "attachment.url")]
    [InlineData("not json", "body")]
    public async Task BadInput_IsAProblemNamingTheField_AndStoresNothing(string json, string field)
    {
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);
        var http = App.AnonymousClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", api.Connector.Token);

        var response = await http.PostAsync($"/api/inbox/{api.Connector.PublicKey}/messages", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain(field);
        (await App.QueryAsync(db => db.Messages.CountAsync())).ShouldBe(0);
        (await App.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task AnUploadedFile_IsStoredWithTheMessage_AndTheCallerFetchesAnAgentsFileWithItsToken()
    {
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);

        var response = await api.UploadAsync("crm-42", "m-1", TestImages.Png, "receipt.png");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var receipt = (await response.Content.ReadFromJsonAsync<InboxReceipt>())!;
        var message = await App.QueryAsync(db => db.Messages.SingleAsync(m => m.Id == receipt.MessageId));
        message.Attachment!.OriginalName.ShouldBe("receipt.png");
        var http = App.AnonymousClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", api.Connector.Token);
        (await http.GetAsync($"/api/inbox/{api.Connector.PublicKey}/messages/{receipt.MessageId}/file")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.AnonymousClient().GetAsync($"/api/inbox/{api.Connector.PublicKey}/messages/{receipt.MessageId}/file")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AFileByUrlOnThisMachinesNetwork_IsRefused_UnlessTheOperatorAllowsIt()
    {
        await using var files = await TestBotServer.StartAsync(App.Clock);
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId);

        var response = await api.PostAsync(new { id = "m-1", client = new { id = "c" }, attachment = new { url = files.Url.ToString() } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("private network");
        (await App.QueryAsync(db => db.Messages.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public void PrivateAddresses_AreRecognised()
    {
        foreach (var address in new[] { "127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "::1", "fd00::1", "::ffff:10.0.0.1", "100.64.0.1" })
        {
            AttachmentFetcher.IsPrivate(IPAddress.Parse(address)).ShouldBeTrue(address);
        }

        AttachmentFetcher.IsPrivate(IPAddress.Parse("93.184.216.34")).ShouldBeFalse();
    }

    [Fact]
    public async Task AnAgentsReply_ReachesTheWebhook_Signed_WithTheCallersIds_AndANoteNeverLeaves()
    {
        await using var receiver = await TestBotServer.StartAsync(App.Clock);
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId, receiver.Url.ToString());
        receiver.Secret = api.Connector.SigningSecret!;
        var receipt = (await (await api.SayAsync("crm-42", "m-1", "Where is my order?")).Content.ReadFromJsonAsync<InboxReceipt>())!;
        var messenger = App.Get<MessengerService>();

        (await messenger.SendAsync(Scenario.Admin, receipt.ConversationId, "Checking with the warehouse", asNote: true)).ShouldSucceed();
        (await messenger.SendAsync(Scenario.Admin, receipt.ConversationId, "It ships today.", asNote: false)).ShouldSucceed();
        await App.Get<OutboundDispatcher>().DeliverDueAsync();

        var handled = receiver.Handled.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        var reply = handled.Single(e => e.GetProperty("type").GetString() == "message.created" && e.GetProperty("message").GetProperty("kind").GetString() == "agent");
        reply.GetProperty("message").GetProperty("text").GetString().ShouldBe("It ships today.");
        reply.GetProperty("message").GetProperty("kind").GetString().ShouldBe("agent");
        reply.GetProperty("client").GetProperty("externalId").GetString().ShouldBe("crm-42");
        reply.GetProperty("conversation").GetProperty("id").GetInt32().ShouldBe(receipt.ConversationId);
        receiver.Received.ShouldAllBe(r => !r.Body.Contains("warehouse"));
        receiver.Received.ShouldAllBe(r => !r.Body.Contains("Where is my order?"));
    }

    [Fact]
    public async Task AFinishedConversation_AsksForARatingInWords_AndTheClientsOneRatesIt_WithoutANewConversation()
    {
        await Scenario.ConfigureAutomaticActionsAsync(f => f.FullCloseMinutes = 15);
        (await App.Get<OpenChannels.Web.Features.Rating.RatingSettingsService>().SaveAsync(Scenario.ChannelId, new OpenChannels.Web.Features.Rating.RatingForm { AskClient = true })).ShouldSucceed();
        await using var receiver = await TestBotServer.StartAsync(App.Clock);
        var api = await ApiInboxCaller.CreateAsync(App, Scenario.ChannelId, receiver.Url.ToString());
        receiver.Secret = api.Connector.SigningSecret!;
        var receipt = (await (await api.SayAsync("crm-42", "m-1", "Where is my order?")).Content.ReadFromJsonAsync<InboxReceipt>())!;
        var messenger = App.Get<MessengerService>();
        (await messenger.SendAsync(Scenario.Admin, receipt.ConversationId, "It ships today.", asNote: false)).ShouldSucceed();
        (await messenger.CloseAsync(Scenario.Admin, receipt.ConversationId)).ShouldSucceed();

        var answer = (await (await api.SayAsync("crm-42", "m-2", " 1 ")).Content.ReadFromJsonAsync<InboxReceipt>())!;
        await App.Get<OutboundDispatcher>().DeliverDueAsync();

        answer.ConversationId.ShouldBe(receipt.ConversationId);
        (await App.QueryAsync(db => db.Conversations.Where(c => c.Id == receipt.ConversationId).Select(c => c.ClientRating).SingleAsync())).ShouldBe(ClientRating.Like);
        (await App.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(1);
        var events = receiver.Handled.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        events.ShouldContain(e => e.GetProperty("type").GetString() == "message.created"
            && e.GetProperty("message").GetProperty("text").GetString() == "Please rate our agent's work: answer 1 if you are satisfied, 2 if you are not.");
        events.Last().GetProperty("type").GetString().ShouldBe("conversation.rated");
        events.Last().GetProperty("conversation").GetProperty("rating").GetString().ShouldBe("like");
    }
}
