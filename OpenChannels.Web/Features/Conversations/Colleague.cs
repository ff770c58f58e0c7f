namespace OpenChannels.Web.Features.Conversations;

/// <summary>An employee as a colleague picks them: to mention in a note, say.</summary>
public sealed record Colleague(int Id, string Name);
