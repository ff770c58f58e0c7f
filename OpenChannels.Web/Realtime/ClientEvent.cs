namespace OpenChannels.Web.Realtime;

/// <summary>
/// One server-sent event for a visitor's widget: its name and its JSON payload (file and photo links in it are
/// short-lived signed links, never the visitor's token).
/// </summary>
public sealed record ClientEvent(string Name, object Payload);
