using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.QuickReplies;

namespace OpenChannels.Tests.Web.QuickReplies;

/// <summary>A-8: lists of quick replies, chosen per channel, read by the messenger's picker.</summary>
public sealed class QuickReplyListTests() : ScenarioTest
{
    private QuickReplyService QuickReplies => App.Get<QuickReplyService>();

    [Fact]
    public async Task AChannel_PicksFromTheListItUses_AndTwoChannelsCanShareOne()
    {
        var shared = (await QuickReplies.CreateListAsync("Support answers")).Value;
        var other = (await QuickReplies.CreateListAsync("Sales answers")).Value;
        await QuickReplies.AddReplyAsync(shared, "Opening hours", "9 to 18.");
        await QuickReplies.AddReplyAsync(other, "Prices", "See our price list.");
        var second = await Scenario.CreateAsync(App, "Shop");
        await Scenario.ConfigureAutomaticActionsAsync(f => f.QuickReplyListId = shared);
        await second.ConfigureAutomaticActionsAsync(f => f.QuickReplyListId = shared);

        (await QuickReplies.ForChannelAsync(Scenario.ChannelId)).Select(r => r.Title).ShouldBe(["Opening hours"]);
        (await QuickReplies.ForChannelAsync(second.ChannelId)).Select(r => r.Title).ShouldBe(["Opening hours"]);
        (await QuickReplies.ListsAsync()).Select(l => (l.Name, l.Replies, l.Channels)).ShouldBe([("Sales answers", 1, 0), ("Support answers", 1, 2)]);
    }

    [Fact]
    public async Task DeletingAList_LeavesItsChannelsWithoutQuickReplies()
    {
        var list = (await QuickReplies.CreateListAsync("Support answers")).Value;
        await QuickReplies.AddReplyAsync(list, "Opening hours", "9 to 18.");
        await Scenario.ConfigureAutomaticActionsAsync(f => f.QuickReplyListId = list);

        (await QuickReplies.DeleteListAsync(list)).Succeeded.ShouldBeTrue();

        (await QuickReplies.ForChannelAsync(Scenario.ChannelId)).ShouldBeEmpty();
        (await App.QueryAsync(db => db.OpenChannels.Select(c => c.QuickReplyListId).SingleAsync())).ShouldBeNull();
        (await App.QueryAsync(db => db.QuickReplies.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task ListNames_AreUnique_WhateverTheCase()
    {
        var first = (await QuickReplies.CreateListAsync("Support answers")).Value;
        var second = (await QuickReplies.CreateListAsync("Sales")).Value;

        (await QuickReplies.CreateListAsync("SUPPORT ANSWERS")).ShouldFail().Message.ShouldBe("A list named \"SUPPORT ANSWERS\" already exists.");
        (await QuickReplies.RenameListAsync(second, "support answers")).Error.ShouldBeOfType<InvalidInput>();
        (await QuickReplies.RenameListAsync(first, "Support Answers")).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Replies_AreValidated_AndCanBeChanged()
    {
        var list = (await QuickReplies.CreateListAsync("Support answers")).Value;

        (await QuickReplies.AddReplyAsync(list, "", "Text")).ShouldFail().Message.ShouldBe("Title is required.");
        var id = (await QuickReplies.AddReplyAsync(list, "Hours", "9 to 18.")).Value;
        (await QuickReplies.ChangeReplyAsync(id, "Opening hours", "9 to 19.")).Succeeded.ShouldBeTrue();
        (await QuickReplies.AddReplyAsync(999, "Hours", "x")).Error.ShouldBeOfType<NotFound>();

        (await QuickReplies.RepliesAsync(list)).ShouldBe([new QuickReplyRow(id, "Opening hours", "9 to 19.")]);
    }

    [Fact]
    public async Task ChoosingAListThatIsGone_IsRefused()
    {
        var actions = App.Get<OpenChannels.Web.Features.AutomaticActions.AutomaticActionsService>();
        var form = (await actions.GetAsync(Scenario.ChannelId))!;
        form.QuickReplyListId = 42;

        (await actions.SaveAsync(Scenario.ChannelId, form)).ShouldFail().Message.ShouldBe("That quick-reply list no longer exists. Choose another one.");
    }

    [Fact]
    public async Task DeletingAChannel_KeepsTheListItUsed()
    {
        var list = (await QuickReplies.CreateListAsync("Support answers")).Value;
        await Scenario.ConfigureAutomaticActionsAsync(f => f.QuickReplyListId = list);

        (await App.Get<GeneralSettingsService>().DeleteAsync(Scenario.ChannelId)).Succeeded.ShouldBeTrue();

        (await QuickReplies.ListsAsync()).ShouldHaveSingleItem().Channels.ShouldBe(0);
    }
}
