using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Consent;

/// <summary>C-1: the client must accept these terms before the channel takes their messages.</summary>
public sealed record ConsentRequired(AgreementTerms Terms)
    : Error("Accept \"{0}\" before writing.", Terms.Title);
