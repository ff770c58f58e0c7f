using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Rating;

/// <summary>R-1, P-5: a supervisor rates with 1–5 stars where the rating and history levels reach; the service refuses the others.</summary>
public sealed class SupervisorRatingTests() : ScenarioTest("Bea", "Cyd")
{
    private MessengerService Messenger => App.Get<MessengerService>();

    [Fact]
    public async Task ADirector_RatesAColleaguesConversation_AndChangesIt_WhoAndWhenKept()
    {
        var (bea, cyd) = (await App.EmployeeIdAsync("bea@example.test"), await App.EmployeeIdAsync("cyd@example.test"));
        await App.GiveRoleAsync(RoleKind.Director, HolderKind.Employee, bea);
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: cyd);

        (await Conversations(bea, conversation)).May.MayRate.ShouldBeTrue();
        (await Messenger.RateAsync(Scenario.Agent(bea), conversation, 4, "Polite, a bit slow")).ShouldSucceed();
        App.Clock.Advance(TimeSpan.FromHours(1));
        (await Messenger.RateAsync(Scenario.Admin, conversation, 5, null)).ShouldSucceed();

        var ratings = (await Conversations(bea, conversation)).Ratings!;
        (ratings.Stars, ratings.SupervisorComment, ratings.SupervisorName, ratings.SupervisorRatedAt)
            .ShouldBe(((int?)5, (string?)null, "Ada", (DateTimeOffset?)App.Clock.GetUtcNow()));
        ratings.Client.ShouldBeNull("the client's figure is apart");
        (await App.QueryAsync(db => db.Conversations.Select(c => c.SupervisorRatedByEmployeeId).SingleAsync())).ShouldBe(Scenario.Admin.EmployeeId);
    }

    [Fact]
    public async Task AManager_WhoMayNotRate_IsRefused_AndSeesNoRating()
    {
        var (bea, cyd) = (await App.EmployeeIdAsync("bea@example.test"), await App.EmployeeIdAsync("cyd@example.test"));
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, cyd);
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: cyd);

        (await Conversations(cyd, conversation)).May.MayRate.ShouldBeFalse();
        (await Messenger.RateAsync(Scenario.Agent(cyd), conversation, 5, "Me, myself")).ShouldFail().ShouldBeOfType<NotPermitted>()
            .Permission.ShouldBe(Permission.RateConversations);
        (await Messenger.RateAsync(Scenario.Agent(bea), conversation, 5, null)).ShouldFail().ShouldBeOfType<NotFound>("Bea does not even see it");
        (await App.QueryAsync(db => db.Conversations.Select(c => c.SupervisorStars).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task ThroughTheApi_ASupervisorRates_AndAManagerIsRefusedWith403()
    {
        var cyd = await App.EmployeeIdAsync("cyd@example.test");
        await App.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, cyd);
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: cyd);

        var refused = await (await App.ApiClientAsync("cyd@example.test"))
            .PostAsJsonAsync($"/api/v1/conversations/{conversation}/rating", new { stars = 5 });
        var rated = await (await App.ApiClientAsync(TestApp.AdminEmail))
            .PostAsJsonAsync($"/api/v1/conversations/{conversation}/rating", new { stars = 2, comment = "Too curt" });

        refused.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        (await WidgetVisitor.ProblemAsync(refused)).GetProperty("code").GetString().ShouldBe("not-permitted");
        rated.IsSuccessStatusCode.ShouldBeTrue();
        (await App.QueryAsync(db => db.Conversations.Select(c => new { c.SupervisorStars, c.SupervisorComment }).SingleAsync()))
            .ShouldBe(new { SupervisorStars = (int?)2, SupervisorComment = (string?)"Too curt" });
    }

    [Fact]
    public async Task P5_TheRightToRate_WithoutTheHistory_IsNotEnough()
    {
        var (bea, cyd) = (await App.EmployeeIdAsync("bea@example.test"), await App.EmployeeIdAsync("cyd@example.test"));
        await App.GiveCustomRoleAsync(
            "Rates without history",
            new Dictionary<Permission, AccessLevel>
            {
                [Permission.RateConversations] = AccessLevel.All,
                [Permission.JoinConversation] = AccessLevel.All,
                [Permission.ConversationHistory] = AccessLevel.Own,
            },
            HolderKind.Employee,
            bea);
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: cyd);

        (await Conversations(bea, conversation)).May.MayRate.ShouldBeFalse("she may join it, not read its history");
        (await Messenger.RateAsync(Scenario.Agent(bea), conversation, 3, null)).ShouldFail().ShouldBeOfType<NotPermitted>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task StarsOutsideOneToFive_AreRefused(int stars)
    {
        var conversation = await Scenario.ConversationAsync("Hello", heldBy: Scenario.Admin.EmployeeId);

        (await Messenger.RateAsync(Scenario.Admin, conversation, stars, null)).ShouldFail().ShouldBeOfType<InvalidInput>().Field.ShouldBe("Stars");
    }

    private async Task<ConversationDetails> Conversations(int viewer, int conversation) =>
        (await App.Get<ConversationQueries>().GetAsync(Scenario.Agent(viewer), conversation))!;
}
