namespace OpenChannels.Web.Realtime;

/// <summary>
/// One server-sent event for a visitor's widget: its name, and its JSON payload made for the receiving tab
/// (file links carry that tab's own session token, which the server does not store).
/// </summary>
public sealed record ClientEvent(string Name, Func<string, object> Payload);
