namespace OpenChannels.Web.Features.Widget;

/// <summary>A-2: what the visitor wrote into the contact form.</summary>
public sealed record ContactRequest(string? Name, string? Email, string? Phone);
