using OpenChannels.Domain.Conversations;

namespace OpenChannels.Tests.Domain.Conversations;

public sealed class SlashCommandTests
{
    [Theory]
    [InlineData("/rename VIP order", SlashCommandKind.Rename, "VIP order")]
    [InlineData("  /RENAME   Late delivery ", SlashCommandKind.Rename, "Late delivery")]
    [InlineData("/id", SlashCommandKind.Id, "")]
    [InlineData("/quote", SlashCommandKind.Quote, "")]
    [InlineData("/quote exact words", SlashCommandKind.Quote, "exact words")]
    [InlineData("/dance", SlashCommandKind.Unknown, "dance")]
    public void Parse_RecognisesTheCommands(string text, SlashCommandKind kind, string argument)
    {
        var command = SlashCommand.Parse(text).ShouldNotBeNull();

        command.Kind.ShouldBe(kind);
        command.Argument.ShouldBe(argument);
    }

    [Theory]
    [InlineData("Hello /rename")]
    [InlineData("//rename is a command")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_LeavesOrdinaryMessagesAlone(string? text)
    {
        SlashCommand.Parse(text).ShouldBeNull();
    }
}
