using OpenChannels.Domain.Channels;

namespace OpenChannels.Domain.Consent;

/// <summary>
/// C-1: exactly what a client is asked to accept. <see cref="AgreementId"/> 0 is the built-in agreement, worded in
/// the channel's language; a custom agreement is identified by its id and version.
/// </summary>
public sealed record AgreementTerms(int AgreementId, int Version, string Title, string Text)
{
    public const int BuiltInId = 0;

    public bool IsBuiltIn => AgreementId == BuiltInId;

    public static AgreementTerms BuiltIn(ChannelLanguage language) =>
        new(BuiltInId, 1, DefaultTexts.For(language, DefaultText.ConsentTitle), DefaultTexts.For(language, DefaultText.Consent));

    /// <summary>Whether an earlier acceptance covers these terms (same agreement, same version).</summary>
    public bool IsCoveredBy(ConsentRecord record) => record.AgreementId == AgreementId && record.AgreementVersion == Version;
}
