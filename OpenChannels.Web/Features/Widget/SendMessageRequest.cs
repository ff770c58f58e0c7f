namespace OpenChannels.Web.Features.Widget;

/// <summary>A client's message: <see cref="Id"/> is made by the sender, so a retry is recognised.</summary>
public sealed record SendMessageRequest(string? Id, string? Text);
