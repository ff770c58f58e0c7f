using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Web.Conversations;

/// <summary>A live event changes one line of an open list: the list must come out as a full read would give it.</summary>
public sealed class ConversationRowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Merge_ReplacesAddsAndRemovesOneLine_InListOrder()
    {
        var list = ConversationRow.InListOrder([Row(1, MessengerSection.InProgress, 1), Row(2, MessengerSection.Unanswered, 2)]);

        var replaced = ConversationRow.Merge(list, 1, Row(1, MessengerSection.Unanswered, 3));
        var added = ConversationRow.Merge(replaced, 3, Row(3, MessengerSection.Colleagues, 4));
        var removed = ConversationRow.Merge(added, 2, null);

        replaced.Select(r => r.Id).ShouldBe([1, 2]);
        replaced.Single(r => r.Id == 1).Section.ShouldBe(MessengerSection.Unanswered);
        added.Select(r => r.Id).ShouldBe([1, 2, 3]);
        removed.Select(r => r.Id).ShouldBe([1, 3]);
    }

    [Fact]
    public void Merge_KeepsTheNewestLines_UpToTheLimit()
    {
        var full = ConversationRow.InListOrder(Enumerable.Range(1, ConversationRow.ListLimit).Select(i => Row(i, MessengerSection.Unanswered, i)));

        var merged = ConversationRow.Merge(full, 9999, Row(9999, MessengerSection.InProgress, 10_000));

        merged.Count.ShouldBe(ConversationRow.ListLimit);
        merged.ShouldContain(r => r.Id == 9999);
        merged.ShouldNotContain(r => r.Id == 1);
    }

    private static ConversationRow Row(int id, MessengerSection section, int minutes) =>
        new(id, $"Client {id}", "Website", ConnectorKind.LiveChat, null, "Hello", Now.AddMinutes(minutes), 0, ConversationStatus.Unassigned, section, null, false);
}
