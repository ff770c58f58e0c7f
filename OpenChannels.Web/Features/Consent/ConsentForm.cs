namespace OpenChannels.Web.Features.Consent;

/// <summary>What the Consent tab edits (C-1).</summary>
public sealed class ConsentForm
{
    public bool Required { get; set; }

    /// <summary><see cref="Domain.Consent.AgreementTerms.BuiltInId"/> (0) for the built-in agreement.</summary>
    public int AgreementId { get; set; }

    /// <summary>The built-in agreement in the channel's language, to show what clients would read.</summary>
    public string BuiltInTitle { get; init; } = string.Empty;

    public string BuiltInText { get; init; } = string.Empty;
}
