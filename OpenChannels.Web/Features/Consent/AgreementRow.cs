namespace OpenChannels.Web.Features.Consent;

/// <summary>A custom agreement, with the channels that ask for it and how many clients accepted its current version.</summary>
public sealed record AgreementRow(int Id, string Title, string Text, int Version, DateTimeOffset ChangedAt, IReadOnlyList<string> Channels, int Acceptances);
