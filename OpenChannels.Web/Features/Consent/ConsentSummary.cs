namespace OpenChannels.Web.Features.Consent;

/// <summary>C-1 as agents see it: which agreement (and version) the client accepted, and when.</summary>
public sealed record ConsentSummary(string Title, int Version, bool BuiltIn, DateTimeOffset AcceptedAt, string Text);
