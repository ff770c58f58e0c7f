namespace OpenChannels.Domain.Channels;

/// <summary>A-2: what a client wrote into the contact form, checked and normalised.</summary>
public sealed record ContactDetails(string? Name, string? Email, string? Phone);
