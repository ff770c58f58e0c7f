namespace OpenChannels.Web.Features.Notifications;

/// <summary>The texts of the notification centre, in every language (resources beside this class).</summary>
public sealed class NotificationsText;
