using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Notifications;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Notifications;

namespace OpenChannels.Tests.Web.Notifications;

/// <summary>
/// The notification centre through the real app: mentions in notes notify the colleagues who may see the conversation,
/// in the channel's language; each employee reads and marks only their own; their open tabs hear of it at once.
/// </summary>
public sealed class NotificationCentreTests() : ScenarioTest("Bea", "Cyd")
{
    private MessengerService Messenger => App.Get<MessengerService>();

    private NotificationService Centre => App.Get<NotificationService>();

    [Fact]
    public async Task AMentionInANote_NotifiesTheColleague_AndOnlyThoseWhoMaySeeTheConversation()
    {
        var (bea, cyd) = (await IdAsync("bea"), await IdAsync("cyd"));
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, cyd);
        var conversation = await Scenario.ConversationAsync("My order is late", heldBy: bea);

        (await Messenger.MentionableAsync(Scenario.Agent(bea), conversation)).Select(c => c.Id).ShouldBe([Scenario.Admin.EmployeeId],
            "Cyd, a manager, sees her own and the waiting ones, not a colleague's");
        (await Messenger.SendAsync(Scenario.Agent(bea), conversation, "@Ada can you approve a refund? @Cyd FYI", asNote: true)).ShouldSucceed();

        var sent = await App.QueryAsync(db => db.Notifications.ToListAsync());
        var mention = sent.ShouldHaveSingleItem();
        (mention.EmployeeId, mention.Kind, mention.ConversationId, mention.AuthorEmployeeId).ShouldBe((Scenario.Admin.EmployeeId, NotificationKind.Mention, conversation, (int?)bea));
        mention.Text.ShouldBe($"Bea mentioned you in conversation #{conversation}: @Ada can you approve a refund? @Cyd FYI");
    }

    [Fact]
    public async Task AReply_NotifiesNobody_AndAMentionSpeaksTheChannelsLanguage()
    {
        var bea = await IdAsync("bea");
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: bea);
        (await Messenger.SendAsync(Scenario.Agent(bea), conversation, "@Ada hello", asNote: false)).ShouldSucceed();
        (await App.QueryAsync(db => db.Notifications.CountAsync())).ShouldBe(0, "a reply goes to the client; only notes mention");

        var general = App.Get<GeneralSettingsService>();
        var form = (await general.GetAsync(Scenario.ChannelId))!;
        form.Language = ChannelLanguage.Italian;
        (await general.SaveAsync(Scenario.ChannelId, form)).ShouldSucceed();
        (await Messenger.SendAsync(Scenario.Agent(bea), conversation, "@ada guarda qui", asNote: true)).ShouldSucceed();

        (await Centre.CentreAsync(Scenario.Admin.EmployeeId)).Newest.ShouldHaveSingleItem().Text
            .ShouldBe($"Bea ti ha menzionato nella conversazione n. {conversation}: @ada guarda qui");
    }

    [Fact]
    public async Task EachEmployee_ReadsAndMarksOnlyTheirOwn_NewestFirst()
    {
        var bea = await IdAsync("bea");
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: bea);
        for (var i = 1; i <= 3; i++)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(1));
            (await Messenger.SendAsync(Scenario.Agent(bea), conversation, $"@Ada note {i}", asNote: true)).ShouldSucceed();
        }

        var admin = Scenario.Admin.EmployeeId;
        var centre = await Centre.CentreAsync(admin);
        centre.Unread.ShouldBe(3);
        centre.Newest.Select(n => n.Text).ShouldBe([.. new[] { 3, 2, 1 }.Select(i => $"Bea mentioned you in conversation #{conversation}: @Ada note {i}")]);
        centre.Newest[0].Link.ShouldBe($"/contact-center/{conversation}");
        var beas = await Centre.CentreAsync(bea);
        (beas.Newest.Count, beas.Unread).ShouldBe((0, 0));

        (await Centre.MarkReadAsync(bea, centre.Newest[0].Id)).Error.ShouldBeOfType<NotFound>("someone else's notification is not found");
        (await Centre.MarkReadAsync(admin, centre.Newest[0].Id)).ShouldSucceed();
        (await Centre.CentreAsync(admin)).Unread.ShouldBe(2);
        (await Centre.MarkAllReadAsync(admin)).Value.ShouldBe(2);
        (await Centre.CentreAsync(admin)).Newest.ShouldAllBe(n => n.IsRead);
        (await Centre.MarkAllReadAsync(admin)).Value.ShouldBe(0);
    }

    [Fact]
    public async Task TheEmployeesOpenTabs_HearOfANewOne_AndOfReadingIt_NobodyElsesDo()
    {
        var bea = await IdAsync("bea");
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: bea);
        var feed = App.Get<NotificationFeed>();
        var heard = new System.Collections.Concurrent.ConcurrentQueue<NotificationRow?>();
        var others = new System.Collections.Concurrent.ConcurrentQueue<NotificationRow?>();
        using var admins = feed.Subscribe(Scenario.Admin.EmployeeId, n =>
        {
            heard.Enqueue(n);
            return Task.CompletedTask;
        });
        using var beas = feed.Subscribe(bea, n =>
        {
            others.Enqueue(n);
            return Task.CompletedTask;
        });

        (await Messenger.SendAsync(Scenario.Agent(bea), conversation, "@Ada look", asNote: true)).ShouldSucceed();
        await Eventually.ReachAsync(() => Task.FromResult(heard.Count), count => count == 1, "the new notification in the tab");
        heard.Single()!.ConversationId.ShouldBe(conversation);
        (await Centre.MarkAllReadAsync(Scenario.Admin.EmployeeId)).ShouldSucceed();
        await Eventually.ReachAsync(() => Task.FromResult(heard.Count), count => count == 2, "the reading in the tab");

        heard.Last().ShouldBeNull("reading is told without a notification: the tabs re-read the count");
        others.ShouldBeEmpty();
    }

    private Task<int> IdAsync(string name) => App.EmployeeIdAsync($"{name}@example.test");
}
