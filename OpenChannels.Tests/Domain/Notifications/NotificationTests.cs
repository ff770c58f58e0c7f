using OpenChannels.Domain.Notifications;

namespace OpenChannels.Tests.Domain.Notifications;

public sealed class NotificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ANewNotification_IsAnnounced_AndReadOnce()
    {
        var notification = Notification.LateResponse(5, 12, "The answer in conversation #DIALOG# is late.", Now);
        notification.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<NotificationAdded>();
        notification.ClearDomainEvents();

        notification.MarkRead(Now.AddMinutes(1));
        notification.MarkRead(Now.AddMinutes(2));

        notification.ReadAt.ShouldBe(Now.AddMinutes(1));
        notification.DomainEvents.ShouldHaveSingleItem().ShouldBe(new NotificationsRead(5));
    }

    [Fact]
    public void AVeryLongText_IsShortened()
    {
        var mention = Notification.Mention(5, 12, 6, new string('x', Notification.TextMaxLength + 10), Now);

        mention.Text.Length.ShouldBe(Notification.TextMaxLength);
        mention.Text.ShouldEndWith("…");
        (mention.Kind, mention.AuthorEmployeeId).ShouldBe((NotificationKind.Mention, (int?)6));
    }
}
