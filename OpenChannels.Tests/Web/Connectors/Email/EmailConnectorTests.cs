using Microsoft.EntityFrameworkCore;
using MimeKit;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors;
using OpenChannels.Web.Connectors.Email;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Connectors.Email;

/// <summary>
/// Issue 20 against a real mail server (smtp4dev on loopback): a client's mail read by IMAP becomes their conversation
/// once, the agent's answer leaves by SMTP in the client's thread, and the client's reply continues the conversation.
/// </summary>
public sealed class EmailConnectorTests(TestMailServer server) : IClassFixture<TestMailServer>, IAsyncLifetime
{
    private const string Support = "support@shop.example";

    // The server is shared by the class's tests: each test's client has their own address.
    private readonly string _address = $"ann.{Guid.NewGuid():N}@example.com";

    private readonly TestApp _app = new(settings: new Dictionary<string, string> { ["Email:WatchMailboxes"] = "false" });
    private readonly MailClientSteps _client = new(server);
    private Scenario _scenario = default!;
    private int _connectorId;

    private EmailMailboxReader Reader => _app.Get<EmailMailboxReader>();

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app, "Support");
        var form = server.ConnectorForm(Support);
        form.DisplayName = "Shop support";
        _connectorId = (await _app.Get<ConnectorService>().AddEmailAsync(_scenario.ChannelId, "Support mailbox", form)).ShouldSucceed();
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AClientsMail_StartsAConversation_IsStoredOnce_MarkedSeen_AndItsUidRemembered()
    {
        var mail = MailClientSteps.Mail($"Ann Client <{_address.ToUpperInvariant()}>", Support, "Order 42", "Where is my parcel?");
        await _client.SendAsync(mail);

        (await Reader.ReadAsync(_connectorId)).ShouldBe(1);
        (await Reader.ReadAsync(_connectorId)).ShouldBe(0, "nothing new since the last UID");

        var message = (await _app.QueryAsync(db => db.Messages.Where(m => m.Kind == MessageKind.Client).ToListAsync())).ShouldHaveSingleItem();
        (message.Text, message.ClientMessageId).ShouldBe(("Where is my parcel?", mail.MessageId));
        var client = await _app.QueryAsync(db => db.Clients.SingleAsync(c => c.Id == message.ClientId));
        (client.ExternalId, client.Name, client.Email).ShouldBe((_address, "Ann Client", _address), "the address in lower case");
        (await _client.ToAsync(Support)).Single(m => m.Mail.MessageId == mail.MessageId).Seen.ShouldBeTrue();
        var settings = EmailSettings.Parse(await _app.QueryAsync(db => db.Connectors.Where(c => c.Id == _connectorId).Select(c => c.Settings).SingleAsync()));
        (settings.UidValidity, settings.LastUid > 0).ShouldBe((await _client.UidValidityAsync(), true));
    }

    [Fact]
    public async Task TheAgentsAnswer_LeavesBySmtp_InTheClientsThread()
    {
        var mail = MailClientSteps.Mail(_address, Support, "Order 42", "Where is my parcel?");
        await _client.SendAsync(mail);
        await Reader.ReadAsync(_connectorId);
        var conversation = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());

        (await _app.Get<MessengerService>().SendAsync(_scenario.Admin, conversation, "It left our warehouse today.", asNote: false)).ShouldSucceed();
        (await DeliverAllAsync()).ShouldBe(2, "the channel's automatic 'all agents are busy', then the answer");

        var answer = (await _client.ToAsync(_address)).Select(m => m.Mail).Single(m => m.TextBody?.Contains("warehouse") == true);
        answer.To.Mailboxes.Single().Address.ShouldBe(_address);
        answer.From.Mailboxes.Single().ToString().ShouldBe($"\"Shop support\" <{Support}>");
        (answer.Subject, answer.InReplyTo).ShouldBe(("Re: Order 42", mail.MessageId));
        answer.References.ShouldContain(mail.MessageId);
        answer.TextBody!.Trim().ShouldBe("It left our warehouse today.");
        answer.MessageId.ShouldEndWith("@shop.example");
        (await _app.QueryAsync(db => db.Connectors.SingleAsync(c => c.Id == _connectorId))).LastOutboundAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task TheClientsReply_ContinuesTheConversation_WithoutTheQuotedHistory()
    {
        await _client.SendAsync(MailClientSteps.Mail(_address, Support, "Order 42", "Where is my parcel?"));
        await Reader.ReadAsync(_connectorId);
        var conversation = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        await _app.Get<MessengerService>().SendAsync(_scenario.Admin, conversation, "It left our warehouse today.", asNote: false);
        await DeliverAllAsync();
        var answer = (await _client.ToAsync(_address)).Select(m => m.Mail).Single(m => m.TextBody?.Contains("warehouse") == true);

        await _client.SendAsync(MailClientSteps.Mail(
            _address, Support, "Re: Order 42", "Thank you!\n\nOn Mon, 23 Nov 2026 at 09:00, Shop support wrote:\n> It left our warehouse today.", answer.MessageId));
        (await Reader.ReadAsync(_connectorId)).ShouldBe(1, "our own answer in the mailbox is not read as the client's");

        var texts = await _app.QueryAsync(db => db.Messages.Where(m => m.Kind == MessageKind.Client).OrderBy(m => m.Id).Select(m => new { m.Text, m.ConversationId }).ToListAsync());
        texts.Select(t => t.Text).ShouldBe(["Where is my parcel?", "Thank you!"]);
        texts.ShouldAllBe(t => t.ConversationId == conversation);
    }

    [Fact]
    public async Task AnHtmlMail_WithTwoAttachments_IsItsTextAndOneMessagePerFile()
    {
        var mail = MailClientSteps.Mail(_address, Support, "Broken item", string.Empty);
        var body = new BodyBuilder { HtmlBody = "<p>The <b>lid</b> is cracked.</p><script>alert(1)</script><blockquote>old mail</blockquote>" };
        body.Attachments.Add("photo.png", TestImages.Png);
        body.Attachments.Add("receipt.txt", "Receipt 42"u8.ToArray(), new ContentType("text", "plain"));
        mail.Body = body.ToMessageBody();
        await _client.SendAsync(mail);

        await Reader.ReadAsync(_connectorId);

        var messages = await _app.QueryAsync(db => db.Messages.Where(m => m.Kind == MessageKind.Client).OrderBy(m => m.Id).ToListAsync());
        messages.Select(m => (m.Text, m.ClientMessageId, m.Attachment?.OriginalName)).ShouldBe(
        [
            ("The lid is cracked.", mail.MessageId, null),
            (string.Empty, mail.MessageId + "#1", "photo.png"),
            (string.Empty, mail.MessageId + "#2", "receipt.txt"),
        ]);
        messages.Select(m => m.ConversationId).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task ANewThread_WhileOneIsOpen_IsANewConversation_AndEachReplyContinuesItsOwn()
    {
        var parcel = MailClientSteps.Mail(_address, Support, "Order 42", "Where is my parcel?");
        await _client.SendAsync(parcel);
        await Reader.ReadAsync(_connectorId);
        var invoice = MailClientSteps.Mail(_address, Support, "Invoice", "Please send the invoice again.");
        await _client.SendAsync(invoice);
        await Reader.ReadAsync(_connectorId);
        var conversations = await _app.QueryAsync(db => db.Conversations.OrderBy(c => c.Id).ToListAsync());
        conversations.Count.ShouldBe(2, "a new thread is a new conversation, while the first is still open");
        conversations.ShouldAllBe(c => c.IsOpen && c.ClientId == conversations[0].ClientId);
        var (first, second) = (conversations[0].Id, conversations[1].Id);

        // The client answers our answer in the first thread, then adds to the second one.
        await _app.Get<MessengerService>().SendAsync(_scenario.Admin, first, "It left our warehouse today.", asNote: false);
        await DeliverAllAsync();
        var answer = (await _client.ToAsync(_address)).Select(m => m.Mail).Single(m => m.TextBody?.Contains("warehouse") == true);
        answer.InReplyTo.ShouldBe(parcel.MessageId);
        await _client.SendAsync(MailClientSteps.Mail(_address, Support, "Re: Order 42", "Thank you!", answer.MessageId));
        await _client.SendAsync(MailClientSteps.Mail(_address, Support, "Re: Invoice", "It is for order 43.", invoice.MessageId));
        await Reader.ReadAsync(_connectorId);

        var where = await _app.QueryAsync(db => db.Messages.Where(m => m.Kind == MessageKind.Client).ToDictionaryAsync(m => m.Text, m => m.ConversationId));
        (where["Where is my parcel?"], where["Thank you!"]).ShouldBe((first, first));
        (where["Please send the invoice again."], where["It is for order 43."]).ShouldBe((second, second));
        (await _app.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task AReplyInAThreadWhoseConversationEnded_StartsANewConversation_InTheSameThread()
    {
        var parcel = MailClientSteps.Mail(_address, Support, "Order 42", "Where is my parcel?");
        await _client.SendAsync(parcel);
        await Reader.ReadAsync(_connectorId);
        var first = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        (await _app.Get<MessengerService>().CloseAsync(_scenario.Admin, first)).ShouldSucceed();

        await _client.SendAsync(MailClientSteps.Mail(_address, Support, "Re: Order 42", "It has still not come.", parcel.MessageId));
        await Reader.ReadAsync(_connectorId);

        var conversations = await _app.QueryAsync(db => db.Conversations.OrderBy(c => c.Id).ToListAsync());
        conversations.Select(c => (c.Id == first, c.IsOpen)).ShouldBe([(true, false), (false, true)]);
        conversations[1].Thread.ShouldBe(conversations[0].Thread, "the same thread goes on, in a new conversation");
        var reply = await _app.QueryAsync(db => db.Messages.SingleAsync(m => m.Text == "It has still not come."));
        reply.ConversationId.ShouldBe(conversations[1].Id);
    }

    /// <summary>A conversation's events go one at a time, each after the one before it.</summary>
    private async Task<int> DeliverAllAsync()
    {
        var total = 0;
        int sent;
        while ((sent = await _app.Get<OutboundDispatcher>().DeliverDueAsync()) > 0)
        {
            total += sent;
        }

        return total;
    }
}
