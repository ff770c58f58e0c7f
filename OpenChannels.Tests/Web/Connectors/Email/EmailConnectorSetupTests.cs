using Microsoft.EntityFrameworkCore;
using MimeKit;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Connectors;
using OpenChannels.Web.Connectors.Email;
using OpenChannels.Web.Features.Channels;

namespace OpenChannels.Tests.Web.Connectors.Email;

/// <summary>Issue 20: adding an e-mail connector checks each setting by name and keeps the password protected.</summary>
public sealed class EmailConnectorSetupTests : IAsyncLifetime
{
    private readonly TestApp _app = new(settings: new Dictionary<string, string> { ["Email:WatchMailboxes"] = "false" });
    private Scenario _scenario = default!;

    private ConnectorService Connectors => _app.Get<ConnectorService>();

    public async Task InitializeAsync() => _scenario = await Scenario.CreateAsync(_app, "Support");

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData(nameof(EmailConnectorForm.ImapHost), "")]
    [InlineData(nameof(EmailConnectorForm.ImapPort), "0")]
    [InlineData(nameof(EmailConnectorForm.ImapUser), " ")]
    [InlineData(nameof(EmailConnectorForm.SmtpHost), "not a host")]
    [InlineData(nameof(EmailConnectorForm.SmtpPort), "70000")]
    [InlineData(nameof(EmailConnectorForm.FromAddress), "support")]
    [InlineData(nameof(EmailConnectorForm.PollSeconds), "1")]
    [InlineData(nameof(EmailConnectorForm.Password), "")]
    public async Task AddEmail_AWrongSetting_IsRefusedNamingItsField(string field, string value)
    {
        var form = Form();
        var property = typeof(EmailConnectorForm).GetProperty(field)!;
        property.SetValue(form, property.PropertyType == typeof(int) ? int.Parse(value) : value);

        var added = await Connectors.AddEmailAsync(_scenario.ChannelId, "Support mailbox", form);

        added.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe(field);
        (await _app.QueryAsync(db => db.Connectors.CountAsync(c => c.Kind == ConnectorKind.Email))).ShouldBe(0);
    }

    [Fact]
    public async Task AddEmail_KeepsTheSettingsAsJson_AndThePasswordProtected()
    {
        var id = (await Connectors.AddEmailAsync(_scenario.ChannelId, "Support mailbox", Form())).ShouldSucceed();

        var connector = await _app.QueryAsync(db => db.Connectors.SingleAsync(c => c.Id == id));
        connector.Kind.ShouldBe(ConnectorKind.Email);
        connector.Settings.ShouldNotBeNull().ShouldNotContain("mailbox-pass");
        connector.ProtectedSecret.ShouldNotBeNull().ShouldNotContain("mailbox-pass");
        _app.Get<ConnectorCredentials>().Unprotect(connector.ProtectedSecret).ShouldBe("mailbox-pass");
        var settings = EmailSettings.Parse(connector.Settings);
        (settings.ImapHost, settings.SmtpSecurity, settings.SmtpSignIn, settings.FromAddress, settings.PollSeconds)
            .ShouldBe(("imap.shop.example", MailSecurity.StartTls, "support", "support@shop.example", 30));
    }

    [Fact]
    public async Task ChangeEmail_ABlankPassword_KeepsTheOneKept_TheSameMailboxKeepsItsPosition_AnotherStartsAnew()
    {
        var id = (await Connectors.AddEmailAsync(_scenario.ChannelId, "Support mailbox", Form())).ShouldSucceed();
        await _app.QueryAsync(async db =>
        {
            var connector = await db.Connectors.SingleAsync(c => c.Id == id);
            connector.Configure(null, (EmailSettings.Parse(connector.Settings) with { UidValidity = 7, LastUid = 41 }).ToJson());
            return await db.SaveChangesAsync();
        });

        var form = EmailConnectorForm.From(EmailSettings.Parse(await _app.QueryAsync(db => db.Connectors.Where(c => c.Id == id).Select(c => c.Settings).SingleAsync())));
        form.Password.ShouldBeEmpty("a password is never shown");
        (form.ImapHost, form.FromAddress).ShouldBe(("imap.shop.example", "support@shop.example"));
        form.SmtpHost = "mail.shop.example";
        (await Connectors.ChangeEmailAsync(id, "Orders mailbox", form)).ShouldSucceed();

        var changed = await _app.QueryAsync(db => db.Connectors.SingleAsync(c => c.Id == id));
        changed.Name.ShouldBe("Orders mailbox");
        _app.Get<ConnectorCredentials>().Unprotect(changed.ProtectedSecret!).ShouldBe("mailbox-pass");
        var settings = EmailSettings.Parse(changed.Settings);
        (settings.SmtpHost, settings.UidValidity, settings.LastUid).ShouldBe(("mail.shop.example", 7L, 41L), "the same mailbox is read on from where it was");

        form.ImapUser = "orders";
        form.Password = "orders-pass";
        (await Connectors.ChangeEmailAsync(id, "Orders mailbox", form)).ShouldSucceed();
        changed = await _app.QueryAsync(db => db.Connectors.SingleAsync(c => c.Id == id));
        _app.Get<ConnectorCredentials>().Unprotect(changed.ProtectedSecret!).ShouldBe("orders-pass");
        settings = EmailSettings.Parse(changed.Settings);
        (settings.UidValidity, settings.LastUid).ShouldBe((null, 0L), "another mailbox starts at its unread mails");
    }

    [Fact]
    public async Task ChangeEmail_AWrongSetting_IsRefusedNamingItsField_AndNothingChanges()
    {
        var id = (await Connectors.AddEmailAsync(_scenario.ChannelId, "Support mailbox", Form())).ShouldSucceed();
        var before = await _app.QueryAsync(db => db.Connectors.Where(c => c.Id == id).Select(c => c.Settings).SingleAsync());
        var form = Form();
        form.SmtpPort = 0;

        var changed = await Connectors.ChangeEmailAsync(id, "Orders mailbox", form);

        changed.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe(nameof(EmailConnectorForm.SmtpPort));
        (await _app.QueryAsync(db => db.Connectors.Where(c => c.Id == id).Select(c => new { c.Name, c.Settings }).SingleAsync()))
            .ShouldBe(new { Name = "Support mailbox", Settings = before });
    }

    [Fact]
    public void AnAnswer_SentAgainAfterACrash_IsTheSameMail()
    {
        var settings = Form().ToSettings();
        var thread = new EmailThreadMessage(1, "first@client.example", 1, "Order 42", ["older@client.example"], DateTimeOffset.UnixEpoch);

        var once = EmailSender.Compose(settings, "evt_0123", new MailboxAddress("Ann", "ann@client.example"), thread);
        var again = EmailSender.Compose(settings, "evt_0123", new MailboxAddress("Ann", "ann@client.example"), thread);

        (once.MessageId, again.MessageId).ShouldBe(("evt_0123@shop.example", "evt_0123@shop.example"));
        once.References.ShouldBe(["older@client.example", "first@client.example"]);
        MailIds.EventOf(once.MessageId!).ShouldBe("evt_0123");
    }

    private static EmailConnectorForm Form() => new()
    {
        ImapHost = "imap.shop.example",
        ImapUser = "support",
        SmtpHost = "smtp.shop.example",
        Password = "mailbox-pass",
        FromAddress = "Support@Shop.example",
    };
}
