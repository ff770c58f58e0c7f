using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Tests.Domain.Conversations;

public sealed class MessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Note_IsNeverVisibleToTheClient()
    {
        Message.NoteBy(1, 10, "internal", Now).IsVisibleToClient.ShouldBeFalse();
        Message.FromAgent(1, 10, "reply", null, Now).IsVisibleToClient.ShouldBeTrue();
        Message.FromClient(1, 3, "id-1", "hi", null, Now).IsVisibleToClient.ShouldBeTrue();
    }

    [Fact]
    public void Text_IsRequiredUnlessAFileComesWithIt()
    {
        Should.Throw<DomainRuleViolated>(() => Message.FromClient(1, 3, "id-1", "  ", null, Now)).Message.ShouldBe("Text is required.");
        var withFile = Message.FromClient(1, 3, "id-2", "", new Attachment("a.png", "photo.png", "image/png", 10), Now);
        withFile.Preview.ShouldBe("photo.png");
    }

    [Fact]
    public void ClientMessage_NeedsAnIdForRetries()
    {
        Should.Throw<DomainRuleViolated>(() => Message.FromClient(1, 3, "", "hi", null, Now)).Message.ShouldBe("Message id is required.");
    }

    [Fact]
    public void Edit_KeepsThePreviousText_AndOnlyTheAuthorMay()
    {
        var message = Message.FromAgent(1, 10, "Monday", null, Now);

        Should.Throw<DomainRuleViolated>(() => message.Edit(11, "Hacked", Now)).Message.ShouldBe("You can only change your own messages.");
        message.Edit(10, "Tuesday", Now.AddMinutes(1));

        message.Text.ShouldBe("Tuesday");
        message.EditedAt.ShouldBe(Now.AddMinutes(1));
        message.Revisions.ShouldHaveSingleItem().PreviousText.ShouldBe("Monday");
    }

    [Fact]
    public void ClientAndAutomaticMessages_CannotBeEditedOrDeleted_EvenByTheEmployeeTheyName()
    {
        // The factories give these kinds no author, so the author check alone would refuse them. Naming the agent as
        // author leaves the kind as the only reason to refuse: the test fails if that guard goes.
        var client = AuthoredBy(Message.FromClient(1, 3, "id", "hello", null, Now), 10);
        var automatic = AuthoredBy(Message.Automatic(1, "We are closed.", Now), 10);

        foreach (var message in new[] { client, automatic })
        {
            Should.Throw<DomainRuleViolated>(() => message.Edit(10, "changed", Now)).Message.ShouldBe("You can only change your own messages.");
            Should.Throw<DomainRuleViolated>(() => message.Delete(10, Now)).Message.ShouldBe("You can only change your own messages.");
            message.Revisions.ShouldBeEmpty();
        }

        client.Text.ShouldBe("hello");
        automatic.Text.ShouldBe("We are closed.");
    }

    [Fact]
    public void Delete_IsAuditedAndFinal()
    {
        var message = Message.NoteBy(1, 10, "secret", Now);

        message.Delete(10, Now);

        message.IsDeleted.ShouldBeTrue();
        message.Preview.ShouldBe("Message deleted");
        message.Revisions.ShouldHaveSingleItem().IsDeletion.ShouldBeTrue();
        Should.Throw<DomainRuleViolated>(() => message.Delete(10, Now)).Message.ShouldBe("The message is already deleted.");
    }

    private static Message AuthoredBy(Message message, int employeeId)
    {
        typeof(Message).GetProperty(nameof(Message.AuthorEmployeeId))!.SetValue(message, employeeId);
        return message;
    }
}
