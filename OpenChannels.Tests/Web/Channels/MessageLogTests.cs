using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Channels;

/// <summary>
/// O-3 "Save the message log" (seeds 000, 002, 003): on, a finished conversation keeps its messages and files; off,
/// they are deleted once it is over (fully closed, or spam), and the conversation itself stays for the statistics.
/// </summary>
public sealed class MessageLogTests() : ScenarioTest
{
    private static readonly byte[] Png = TestImages.Png;

    private MessengerService Messenger => App.Get<MessengerService>();

    [Fact]
    public async Task O3_On_ByDefault_AFinishedConversation_KeepsItsMessagesAndFiles()
    {
        var (visitor, conversation) = await ConversationWithAFileAsync();

        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();

        (await App.QueryAsync(db => db.Messages.Where(m => m.ConversationId == conversation).Select(m => m.Text).ToListAsync()))
            .ShouldContain("Here is the broken part");
        StoredFiles().ShouldHaveSingleItem();
        (await visitor.HistoryAsync()).Select(m => m.Text).ShouldContain("Thanks, we will send a new one.");
    }

    [Fact]
    public async Task O3_Off_AFullyClosedConversation_LosesItsMessagesAndFiles_ButStaysCounted()
    {
        await SaveMessageLogAsync(false);
        var (visitor, conversation) = await ConversationWithAFileAsync();

        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();

        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.ConversationId == conversation))).ShouldBe(0);
        StoredFiles().ShouldBeEmpty();
        (await visitor.HistoryAsync()).ShouldBeEmpty();
        var kept = await App.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == conversation));
        (kept.Status, kept.AssignedEmployeeId, kept.ClosedAt).ShouldBe((ConversationStatus.FullyClosed, (int?)Scenario.Admin.EmployeeId, (DateTimeOffset?)App.Clock.GetUtcNow()));

        // The client writes again: a new conversation, whose history shows the old one without its words.
        await visitor.SayAsync("Me again");
        var next = await App.QueryAsync(db => db.Conversations.Where(c => c.Id != conversation).Select(c => c.Id).SingleAsync());
        var history = await App.Get<ConversationQueries>().HistoryAsync(Scenario.Admin, next);
        history.Single(h => h.Id == conversation).Messages.ShouldBeEmpty();
        history.Single(h => h.Id == next).Messages.Select(m => m.Text).ShouldContain("Me again");
    }

    [Fact]
    public async Task O3_Off_TheLogStays_WhileTheClientMayStillRate_AndGoesWhenItIsFullyClosed()
    {
        await SaveMessageLogAsync(false);
        await Scenario.ConfigureAutomaticActionsAsync(form => form.FullCloseMinutes = 15);
        var (_, conversation) = await ConversationWithAFileAsync();
        (await Messenger.CloseAsync(Scenario.Admin, conversation)).ShouldSucceed();
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.ConversationId == conversation))).ShouldBeGreaterThanOrEqualTo(3);

        App.Clock.Advance(TimeSpan.FromMinutes(15));
        (await App.Get<OpenChannels.Web.Features.Routing.RoutingSweeps>().FullyCloseAsync()).ShouldBe(1);

        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.ConversationId == conversation))).ShouldBe(0);
    }

    [Fact]
    public async Task O3_Off_Spam_LosesItsMessagesToo()
    {
        await SaveMessageLogAsync(false);
        var (_, conversation) = await ConversationWithAFileAsync();

        (await Messenger.MarkSpamAsync(Scenario.Admin, conversation)).ShouldSucceed();

        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.ConversationId == conversation))).ShouldBe(0);
        StoredFiles().ShouldBeEmpty();
    }

    private async Task SaveMessageLogAsync(bool on)
    {
        var settings = App.Get<GeneralSettingsService>();
        var form = (await settings.GetAsync(Scenario.ChannelId))!;
        form.SaveMessageLog = on;
        (await settings.SaveAsync(Scenario.ChannelId, form)).ShouldSucceed();
    }

    /// <summary>A client's text and picture, and the agent's answer.</summary>
    private async Task<(WidgetVisitor Visitor, int Conversation)> ConversationWithAFileAsync()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Here is the broken part");
        var upload = new MultipartFormDataContent { { new StringContent("f-1"), "id" }, { new ByteArrayContent(Png), "file", "part.png" } };
        (await visitor.Http.PostAsync($"{visitor.Base}/files", upload)).EnsureSuccessStatusCode();
        var conversation = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        (await Messenger.AcceptAsync(Scenario.Admin, conversation)).ShouldSucceed();
        (await Messenger.SendAsync(Scenario.Admin, conversation, "Thanks, we will send a new one.", asNote: false)).ShouldSucceed();
        StoredFiles().ShouldHaveSingleItem();
        return (visitor, conversation);
    }

    private string[] StoredFiles()
    {
        var folder = Path.Combine(App.DataDirectory, "files");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }
}
