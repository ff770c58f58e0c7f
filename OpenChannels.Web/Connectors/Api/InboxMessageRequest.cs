namespace OpenChannels.Web.Connectors.Api;

/// <summary>
/// A client's message posted to the API inbox: <c>id</c> is the caller's own message id (a repeat is stored once),
/// <c>client.id</c> the caller's id for the person; text, an attachment by URL, or both.
/// </summary>
public sealed record InboxMessageRequest(string? Id, InboxClient? Client, string? Text, InboxAttachment? Attachment);

/// <summary>Who writes: the caller's id for them, and what it knows of them (it fills the client; the CRM recognises them by it).</summary>
public sealed record InboxClient(string? Id, string? Name, string? Email, string? Phone);

/// <summary>A file the server fetches (http or https, within the attachment limits), with the name to show.</summary>
public sealed record InboxAttachment(string? Url, string? Name);
