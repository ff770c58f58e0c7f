using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Statistics;

namespace OpenChannels.Tests.Web.Statistics;

/// <summary>The supervisors' conversation list (K-3, P-2 "statistics") on the real app: figures, filters, order, who sees what.</summary>
public sealed class ConversationListServiceTests() : ScenarioTest("Bea", "Carl")
{
    private ConversationListService List => App.Get<ConversationListService>();

    private MessengerService Messenger => App.Get<MessengerService>();

    [Fact]
    public async Task AScriptedConversation_ShowsItsResponseTimes_MessagesAndLateAnswers()
    {
        var bea = Scenario.Agent(await App.EmployeeIdAsync("bea@example.test"));
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello?");
        var id = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        (await Messenger.AcceptAsync(bea, id)).ShouldSucceed();
        App.Clock.Advance(TimeSpan.FromSeconds(80));
        (await Messenger.SendAsync(bea, id, "Checking with the warehouse.", asNote: true)).ShouldSucceed();
        (await Messenger.SendAsync(bea, id, "Hi! How can I help?", asNote: false)).ShouldSucceed();
        await visitor.SayAsync("Where is my order?");
        App.Clock.Advance(TimeSpan.FromSeconds(20));
        (await Messenger.SendAsync(bea, id, "It ships today.", asNote: false)).ShouldSucceed();

        var row = (await List.PageAsync(Scenario.Admin, new ConversationListQuery(new ConversationListFilter()))).ShouldSucceed().Rows.Single();

        (row.Id, row.HolderName, row.Status, row.Messages).ShouldBe((id, "Bea", ConversationStatus.WaitingForClient, 4));
        (row.InitialResponseSeconds, row.TotalResponseSeconds, row.AverageResponseSeconds, row.MaxResponseSeconds).ShouldBe((80, 100L, 50d, 80));
        row.LateCount.ShouldBe(0);
        (row.MayOpen, row.MayJoin, row.MayRate).ShouldBe((true, true, true));
    }

    [Fact]
    public async Task Filters_NarrowByChannelHolderStatusRatingLatenessSpamAndPeriod()
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        var carl = await App.EmployeeIdAsync("carl@example.test");
        var first = await Scenario.ConversationAsync("Parcel lost", heldBy: bea);
        App.Clock.Advance(TimeSpan.FromHours(2));
        var second = await Scenario.ConversationAsync("Invoice please", heldBy: carl);
        var third = await Scenario.ConversationAsync("Buy cheap pills");
        (await Messenger.MarkSpamAsync(Scenario.Admin, third)).ShouldSucceed();
        (await Messenger.RateAsync(Scenario.Admin, second, 4, null)).ShouldSucceed();
        await App.QueryAsync(db => db.Conversations.Where(c => c.Id == first).ExecuteUpdateAsync(s => s.SetProperty(c => c.Responses.LateCount, 1)));

        (await IdsAsync(new ConversationListFilter { HolderEmployeeId = bea })).ShouldBe([first]);
        (await IdsAsync(new ConversationListFilter { Spam = true })).ShouldBe([third]);
        (await IdsAsync(new ConversationListFilter { Spam = false })).ShouldBe([second, first]);
        (await IdsAsync(new ConversationListFilter { Stars = 4 })).ShouldBe([second]);
        (await IdsAsync(new ConversationListFilter { Stars = 0, Spam = false })).ShouldBe([first]);
        (await IdsAsync(new ConversationListFilter { Late = true })).ShouldBe([first]);
        (await IdsAsync(new ConversationListFilter { Statuses = [ConversationStatus.Spam, ConversationStatus.Assigned] })).ShouldBe([third, second, first]);
        (await IdsAsync(new ConversationListFilter { ClientRating = ClientRatingFilter.Like })).ShouldBeEmpty();
        (await IdsAsync(new ConversationListFilter { From = App.Clock.GetUtcNow().AddHours(-1) })).ShouldBe([third, second]);
        (await IdsAsync(new ConversationListFilter { ChannelId = Scenario.ChannelId + 1000 })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_FindsWordsInMessages_ThroughTheFullTextIndex_AndFollowsEditsAndDeletes()
    {
        var bea = Scenario.Agent(await App.EmployeeIdAsync("bea@example.test"));
        var parcel = await Scenario.ConversationAsync("My parcel never arrived", heldBy: bea.EmployeeId);
        var invoice = await Scenario.ConversationAsync("I need an invoice", heldBy: bea.EmployeeId);
        var answer = (await Messenger.SendAsync(bea, invoice, "Here is the réponse you wanted", asNote: false)).ShouldSucceed();

        (await IdsAsync(new ConversationListFilter { Search = "parcel" })).ShouldBe([parcel]);
        (await IdsAsync(new ConversationListFilter { Search = "arriv" })).ShouldBe([parcel], "the last word is also a prefix");
        (await IdsAsync(new ConversationListFilter { Search = "reponse" })).ShouldBe([invoice], "accents are ignored");
        (await IdsAsync(new ConversationListFilter { Search = "(parcel\" * NEVER" })).ShouldBe([parcel], "what is typed is never FTS syntax: no error, only words");
        (await IdsAsync(new ConversationListFilter { Search = $"#{invoice}" })).ShouldBe([invoice]);

        (await Messenger.EditMessageAsync(bea, invoice, answer, "Here is your bill")).ShouldSucceed();
        (await IdsAsync(new ConversationListFilter { Search = "reponse" })).ShouldBeEmpty("an edit replaces the old words");
        (await IdsAsync(new ConversationListFilter { Search = "bill" })).ShouldBe([invoice]);

        (await Messenger.DeleteMessageAsync(bea, invoice, answer)).ShouldSucceed();
        (await IdsAsync(new ConversationListFilter { Search = "bill" })).ShouldBeEmpty("a deleted message leaves the index");
        var count = await App.QueryAsync(db => db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM MessagesFts WHERE MessagesFts MATCH 'parcel'").SingleAsync());
        count.ShouldBe(1);
    }

    [Fact]
    public async Task Search_FindsTheClientByName()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        await visitor.SayAsync("Hello");
        var id = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        await App.QueryAsync(db => db.Clients.ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "Zoé Martin").SetProperty(c => c.Email, "zoe@example.test")));

        (await IdsAsync(new ConversationListFilter { Search = "martin" })).ShouldBe([id]);
        (await IdsAsync(new ConversationListFilter { Search = "zoe@" })).ShouldBe([id]);
    }

    [Fact]
    public async Task Visibility_FollowsTheConversationListLevel()
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        var carl = await App.EmployeeIdAsync("carl@example.test");
        var beas = await Scenario.ConversationAsync("One", heldBy: bea);
        await Scenario.ConversationAsync("Two", heldBy: carl);
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, bea);
        await App.GiveCustomRoleAsync("No list", new Dictionary<Permission, AccessLevel> { [Permission.ConversationHistory] = AccessLevel.All }, HolderKind.Employee, carl);

        var asBea = (await List.PageAsync(new Viewer(bea), new ConversationListQuery(new ConversationListFilter()))).ShouldSucceed();
        asBea.Rows.Select(r => r.Id).ShouldBe([beas]);
        asBea.Total.ShouldBe(1);
        (await List.PageAsync(new Viewer(carl), new ConversationListQuery(new ConversationListFilter()))).ShouldSucceed().Total.ShouldBe(0);
    }

    [Fact]
    public async Task Paging_AndSorting_CoverEveryRowOnce()
    {
        var bea = await App.EmployeeIdAsync("bea@example.test");
        var ids = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await Scenario.ConversationAsync($"Question {i}", heldBy: i % 2 == 0 ? bea : null));
        }

        foreach (var column in ListColumns.All)
        {
            var seen = new List<int>();
            for (var page = 0; page < 3; page++)
            {
                var slice = (await List.PageAsync(Scenario.Admin, new ConversationListQuery(new ConversationListFilter(), column, Descending: column.GetHashCode() % 2 == 0, page, 3))).ShouldSucceed();
                slice.Total.ShouldBe(7);
                seen.AddRange(slice.Rows.Select(r => r.Id));
            }

            seen.Order().ToList().ShouldBe(ids, $"sorted by {column}");
        }

        var exported = await List.AllAsync(Scenario.Admin, new ConversationListFilter(), ListColumn.Number, descending: false).Select(r => r.Id).ToListAsync();
        exported.ShouldBe(ids);
    }

    [Fact]
    public async Task BadFilters_AreRefused_NamingTheField()
    {
        var now = App.Clock.GetUtcNow();
        (await List.PageAsync(Scenario.Admin, new ConversationListQuery(new ConversationListFilter { From = now, Until = now.AddDays(-1) }))).ShouldFailOn("Until");
        (await List.PageAsync(Scenario.Admin, new ConversationListQuery(new ConversationListFilter { Stars = 6 }))).ShouldFailOn("Stars");
        (await List.PageAsync(Scenario.Admin, new ConversationListQuery(new ConversationListFilter { Search = new string('a', 201) }))).ShouldFailOn("Search");
        (await List.PageAsync(Scenario.Admin, new ConversationListQuery(new ConversationListFilter(), PageSize: 1000))).ShouldFailOn("PageSize");
        (await List.SaveColumnsAsync(Scenario.Admin, [])).ShouldFailOn("Columns");
    }

    [Fact]
    public async Task ChosenColumns_AreKeptOnTheAccount()
    {
        (await List.ColumnsAsync(Scenario.Admin)).ShouldBe(ListColumns.Default);
        (await List.SaveColumnsAsync(Scenario.Admin, [ListColumn.MaxResponse, ListColumn.Number])).ShouldSucceed();
        (await List.ColumnsAsync(Scenario.Admin)).ShouldBe([ListColumn.Number, ListColumn.MaxResponse]);
    }

    private async Task<IReadOnlyList<int>> IdsAsync(ConversationListFilter filter) =>
        [.. (await List.PageAsync(Scenario.Admin, new ConversationListQuery(filter))).ShouldSucceed().Rows.Select(r => r.Id)];
}
