namespace OpenChannels.Web.Realtime;

/// <summary>
/// The names of the events a visitor's widget receives on its stream. The widget script declares the same names in
/// its <c>EVENTS</c> constant (a test keeps the two in step).
/// </summary>
public static class ClientEventNames
{
    /// <summary>A message to show: the visitor's own (from another tab), an agent's, or an automatic text.</summary>
    public const string Message = "message";

    /// <summary>A shown message was edited or deleted.</summary>
    public const string MessageUpdated = "message-updated";

    /// <summary>An agent started or stopped typing a reply.</summary>
    public const string Typing = "typing";

    /// <summary>R-1…R-4: what the visitor may do about rating changed (asked, rated, withdrawn): the widget asks again.</summary>
    public const string Rating = "rating";

    public static readonly IReadOnlyList<string> All = [Message, MessageUpdated, Typing, Rating];
}
