using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.QuickReplies;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Conversations;

public sealed class MessengerServiceTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private Scenario _scenario = default!;
    private Viewer _bea = default!;
    private Viewer _cyd = default!;
    private int _conversationId;
    private WidgetVisitor _visitor = default!;

    private MessengerService Messenger => _app.Get<MessengerService>();

    private ConversationQueries Queries => _app.Get<ConversationQueries>();

    private QuickReplyService QuickReplies => _app.Get<QuickReplyService>();

    public async Task InitializeAsync()
    {
        _scenario = await Scenario.CreateAsync(_app, "Website", "Bea", "Cyd");
        var ids = await _app.QueryAsync(db => db.Employees.Where(e => e.FirstName != "Ada").OrderBy(e => e.FirstName).Select(e => e.Id).ToListAsync());
        (_bea, _cyd) = (Scenario.Agent(ids[0]), Scenario.Agent(ids[1]));
        _visitor = await WidgetVisitor.StartAsync(_app, _scenario.Key);
        await _visitor.SayAsync("Hello, my order is late");
        _conversationId = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TenAgentsAcceptAtOnce_ExactlyOneWins_OthersAreToldWho()
    {
        var agents = new List<Viewer> { _bea, _cyd };
        for (var i = 0; i < 8; i++)
        {
            agents.Add(Scenario.Agent(await new Scenario(_app).AddAgentAsync($"Agent{i}")));
        }

        await _app.Get<QueueSettingsService>().ReplaceQueueAsync(_scenario.ChannelId, agents.Select(a => a.EmployeeId).ToList());

        var results = await Task.WhenAll(agents.Select(a => Task.Run(() => Messenger.AcceptAsync(a, _conversationId))));

        results.Count(r => r.Succeeded).ShouldBe(1);
        var winner = agents[Array.FindIndex(results, r => r.Succeeded)];
        var holder = await _app.QueryAsync(db => db.Conversations.Select(c => c.AssignedEmployeeId).SingleAsync());
        holder.ShouldBe(winner.EmployeeId);
        var winnerName = await _app.QueryAsync(db => db.Employees.Where(e => e.Id == winner.EmployeeId).Select(e => e.FirstName).SingleAsync());
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.Error is ConversationTaken && r.ShouldFail().Message == $"{winnerName} has already taken this conversation.");
    }

    [Fact]
    public async Task Reply_AcceptsAnUnassignedConversation_AndWaitsForTheClient()
    {
        (await Messenger.SendAsync(_bea, _conversationId, "Let me check.", asNote: false)).Succeeded.ShouldBeTrue();

        var details = (await Queries.GetAsync(_bea, _conversationId))!;
        details.HolderEmployeeId.ShouldBe(_bea.EmployeeId);
        details.Status.ShouldBe(ConversationStatus.WaitingForClient);
        (await Messenger.SendAsync(_cyd, _conversationId, "Me too", asNote: false)).Error.ShouldBeOfType<ConversationTaken>();

        // Once it is Bea's, Cyd (no role) no longer reaches it; a colleague invited into it writes notes.
        (await Messenger.SendAsync(_cyd, _conversationId, "Colleague note", asNote: true)).Error.ShouldBeOfType<ConversationTaken>();
        (await Messenger.InviteAsync(_bea, _conversationId, [_cyd.EmployeeId])).Succeeded.ShouldBeTrue();
        (await Messenger.SendAsync(_cyd, _conversationId, "Colleague note", asNote: true)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Take_MovesTheConversation_AndLeavesANoteOfIt()
    {
        await Messenger.AcceptAsync(_bea, _conversationId);
        await _app.GiveRoleAsync(OpenChannels.Domain.Access.RoleKind.Director, OpenChannels.Domain.Access.HolderKind.Employee, _cyd.EmployeeId);

        (await Messenger.TakeAsync(_cyd, _conversationId)).Succeeded.ShouldBeTrue();

        var details = (await Queries.GetAsync(_cyd, _conversationId))!;
        details.HolderName.ShouldBe("Cyd");
        details.Messages.Last().Kind.ShouldBe(MessageKind.Note);
        details.Messages.Last().Text.ShouldBe("Cyd took over the conversation from Bea.");
    }

    [Fact]
    public async Task Transfer_ToAColleague_AndToAnotherChannel()
    {
        var other = (await _app.Get<OpenChannelService>().CreateAsync("Billing")).Value;
        await Messenger.AcceptAsync(_bea, _conversationId);

        (await Messenger.TransferToEmployeeAsync(_bea, _conversationId, _cyd.EmployeeId)).Succeeded.ShouldBeTrue();
        (await Queries.GetAsync(_cyd, _conversationId))!.HolderName.ShouldBe("Cyd");

        (await Messenger.TransferToChannelAsync(_cyd, _conversationId, other)).Succeeded.ShouldBeTrue();
        var moved = (await Queries.GetAsync(_scenario.Admin, _conversationId))!;
        moved.ChannelName.ShouldBe("Billing");
        moved.Status.ShouldBe(ConversationStatus.Unassigned);

        // Cyd is not in Billing's queue: the conversation is no longer hers to see.
        (await Queries.GetAsync(_cyd, _conversationId)).ShouldBeNull();
    }

    [Fact]
    public async Task AnAgentOutsideTheQueue_CannotSeeOrActOnTheConversation()
    {
        var outsider = Scenario.Agent(await new Scenario(_app).AddAgentAsync("Eve"));

        (await Queries.GetAsync(outsider, _conversationId)).ShouldBeNull();
        (await Queries.ListAsync(outsider)).ShouldBeEmpty();
        (await Messenger.AcceptAsync(outsider, _conversationId)).Error.ShouldBeOfType<NotFound>();
        (await Messenger.SendAsync(outsider, _conversationId, "hi", false)).Error.ShouldBeOfType<NotFound>();
    }

    [Fact]
    public async Task AnAgentInASubDepartmentOfTheQueue_SeesTheConversation_UntilTheChannelIsDeactivated()
    {
        var departments = _app.Get<DepartmentService>();
        var company = (await departments.CreateAsync(new DepartmentForm { Name = "Company" })).Value;
        var support = (await departments.CreateAsync(new DepartmentForm { Name = "Support", ParentId = company })).Value;
        var eve = Scenario.Agent((await _app.Get<EmployeeService>().CreateAsync(
            new EmployeeForm { FirstName = "Eve", Email = "eve@example.test", DepartmentId = support })).Value);
        await _scenario.ConfigureQueueAsync(form =>
            form.Entries = [.. form.Entries, new QueueFormEntry(null, company, "Company")]);

        var seen = await Queries.ListAsync(eve);
        (await _app.Get<OpenChannelService>().SetActiveAsync(_scenario.ChannelId, false)).Succeeded.ShouldBeTrue();

        seen.Select(r => r.Id).ShouldBe([_conversationId]);
        (await Queries.ListAsync(eve)).ShouldBeEmpty();
        (await Queries.ListAsync(_scenario.Admin)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Invited_ColleagueSeesAndWrites_EvenFromOutsideTheQueue()
    {
        var outsider = Scenario.Agent(await new Scenario(_app).AddAgentAsync("Eve"));
        await Messenger.AcceptAsync(_bea, _conversationId);

        (await Messenger.InviteAsync(_bea, _conversationId, [outsider.EmployeeId])).Succeeded.ShouldBeTrue();

        (await Queries.GetAsync(outsider, _conversationId))!.Participants.ShouldBe(["Eve"]);
        (await Messenger.SendAsync(outsider, _conversationId, "Eve here", false)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Finish_Closes_AndTheClientsNextMessageStartsANewConversation()
    {
        await Messenger.SendAsync(_bea, _conversationId, "Done!", false);
        (await Messenger.CloseAsync(_bea, _conversationId)).Succeeded.ShouldBeTrue();
        (await Messenger.SendAsync(_bea, _conversationId, "Too late", false)).Error.ShouldBeOfType<ConversationFinished>();

        (await _app.QueryAsync(db => db.Conversations.CountAsync(c => c.IsOpen))).ShouldBe(0);
        var history = await Queries.HistoryAsync(_bea, _conversationId);
        history.ShouldHaveSingleItem().Status.ShouldBe(ConversationStatus.FullyClosed);

        await _visitor.SayAsync("One more thing");
        var open = await _app.QueryAsync(db => db.Conversations.Where(c => c.IsOpen).Select(c => c.Id).ToListAsync());
        open.ShouldHaveSingleItem().ShouldNotBe(_conversationId);
    }

    [Fact]
    public async Task Spam_ClosesTheConversation()
    {
        (await Messenger.MarkSpamAsync(_bea, _conversationId)).Succeeded.ShouldBeTrue();

        (await Queries.GetAsync(_bea, _conversationId))!.Status.ShouldBe(ConversationStatus.Spam);
        (await Queries.ListAsync(_bea)).ShouldBeEmpty();
    }

    [Fact]
    public async Task EditAndDelete_KeepAnAudit_AndOnlyTheAuthorMay()
    {
        var id = (await Messenger.SendAsync(_bea, _conversationId, "Your order ships Monday", false)).Value;
        await Messenger.InviteAsync(_bea, _conversationId, [_cyd.EmployeeId]);

        (await Messenger.EditMessageAsync(_cyd, _conversationId, id, "Hacked")).ShouldFail().Message.ShouldBe("You can only change your own messages.");
        (await Messenger.EditMessageAsync(_bea, _conversationId, id, "Your order ships Tuesday")).Succeeded.ShouldBeTrue();
        (await Messenger.DeleteMessageAsync(_bea, _conversationId, id)).Succeeded.ShouldBeTrue();

        var message = await _app.QueryAsync(db => db.Messages.SingleAsync(m => m.Id == id));
        message.IsDeleted.ShouldBeTrue();
        message.Revisions.Select(r => (r.PreviousText, r.IsDeletion)).ShouldBe([("Your order ships Monday", false), ("Your order ships Tuesday", true)]);
        message.Revisions.ShouldAllBe(r => r.EditorEmployeeId == _bea.EmployeeId);
    }

    [Fact]
    public async Task Split_MovesTheRestIntoANewConversation_AndClosesTheFirstPart()
    {
        await Messenger.SendAsync(_bea, _conversationId, "First topic answered", false);
        var client = await _app.QueryAsync(db => db.Clients.Select(c => c.Id).SingleAsync());
        var second = (await Messenger.SendAsync(_bea, _conversationId, "Now about your other question", false)).Value;

        var split = await Messenger.SplitFromAsync(_bea, _conversationId, second);

        split.Succeeded.ShouldBeTrue();
        (await Queries.GetAsync(_bea, _conversationId))!.IsOpen.ShouldBeFalse();
        var created = (await Queries.GetAsync(_bea, split.Value))!;
        created.Messages.Select(m => m.Text).ShouldBe(["Now about your other question"]);
        created.HolderEmployeeId.ShouldBe(_bea.EmployeeId);
        created.ClientId.ShouldBe(client, "the new conversation is the same client's");
        (await _app.QueryAsync(db => db.Conversations.Where(c => c.Id == _conversationId).Select(c => c.Status).SingleAsync()))
            .ShouldBe(ConversationStatus.FullyClosed, "the first part waits for no rating, so it takes no place under a limit");
    }

    [Fact]
    public async Task SaveAsQuickReply_WithoutAList_GivesTheChannelAListNamedAfterIt()
    {
        var id = (await Messenger.SendAsync(_bea, _conversationId, "Our opening hours are 9 to 18.", false)).Value;

        (await Messenger.SaveAsQuickReplyAsync(_bea, _conversationId, id, "Opening hours")).Succeeded.ShouldBeTrue();

        (await QuickReplies.ForChannelAsync(_scenario.ChannelId)).ShouldHaveSingleItem().Text.ShouldBe("Our opening hours are 9 to 18.");
        var list = (await QuickReplies.ListsAsync()).ShouldHaveSingleItem();
        (list.Name, list.Replies, list.Channels).ShouldBe(("Website", 1, 1));
    }

    [Fact]
    public async Task SaveAsQuickReply_GoesIntoTheChannelsList()
    {
        var listId = (await QuickReplies.CreateListAsync("Support answers")).Value;
        await _scenario.ConfigureAutomaticActionsAsync(f => f.QuickReplyListId = listId);
        var id = (await Messenger.SendAsync(_bea, _conversationId, "Please send your order number.", false)).Value;

        (await Messenger.SaveAsQuickReplyAsync(_bea, _conversationId, id, "  ")).Error.ShouldBeOfType<InvalidInput>().Reason.ShouldBe("Title is required.");
        (await Messenger.SaveAsQuickReplyAsync(_bea, _conversationId, id, "Order number")).Succeeded.ShouldBeTrue();

        (await QuickReplies.RepliesAsync(listId)).ShouldHaveSingleItem().Title.ShouldBe("Order number");
        (await QuickReplies.ListsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Pin_IsForTheHolderOnly_AndShowsInThePinnedSection()
    {
        await Messenger.AcceptAsync(_bea, _conversationId);
        await _app.GiveRoleAsync(OpenChannels.Domain.Access.RoleKind.Director, OpenChannels.Domain.Access.HolderKind.Employee, _cyd.EmployeeId);

        (await Messenger.SetPinnedAsync(_cyd, _conversationId, true)).Succeeded.ShouldBeFalse();
        (await Messenger.SetPinnedAsync(_bea, _conversationId, true)).Succeeded.ShouldBeTrue();

        (await Queries.ListAsync(_bea)).ShouldHaveSingleItem().Section.ShouldBe(MessengerSection.Pinned);
        (await Queries.ListAsync(_cyd)).ShouldHaveSingleItem().Section.ShouldBe(MessengerSection.Colleagues, "a director sees every conversation");
    }

    [Fact]
    public async Task MarkRead_ClearsTheCount_AndAnnouncesOnlyAChange()
    {
        var announced = 0;
        using var subscription = _app.Get<OpenChannels.Web.Realtime.AgentFeed>().Subscribe(_ =>
        {
            Interlocked.Increment(ref announced);
            return Task.CompletedTask;
        });

        await Messenger.MarkReadAsync(_bea, _conversationId);
        await Messenger.MarkReadAsync(_bea, _conversationId);

        (await Queries.GetAsync(_bea, _conversationId))!.Unread.ShouldBe(0);
        announced.ShouldBe(1);
    }
}
