using OpenChannels.Domain.Notifications;

namespace OpenChannels.Tests.Domain.Notifications;

/// <summary>Who a note mentions: "@" and a colleague's full name, as the composer's list inserts it.</summary>
public sealed class MentionsTests
{
    private static readonly (int, string)[] Colleagues = [(1, "Anna"), (2, "Anna Kowalska"), (3, "Marco Rossi"), (4, "Zoé")];

    [Theory]
    [InlineData("@Anna Kowalska could you check?", new[] { 2 })]
    [InlineData("@anna kowalska and @Marco Rossi", new[] { 2, 3 })]
    [InlineData("@Anna, and @Anna Kowalska", new[] { 2, 1 })]
    [InlineData("@Zoé!", new[] { 4 })]
    [InlineData("@Annabel is not a colleague", new int[0])]
    [InlineData("anna@example.test wrote", new int[0])]
    [InlineData("no mention at all", new int[0])]
    [InlineData("@Marco Rossi @Marco Rossi", new[] { 3 })]
    public void AMention_IsTheSignAndAWholeName(string note, int[] expected)
    {
        Mentions.In(note, Colleagues).ShouldBe(expected);
    }
}
