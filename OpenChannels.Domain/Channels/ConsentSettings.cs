using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>C-1: whether clients accept a personal-data agreement before they write, and which one.</summary>
public sealed record ConsentSettings
{
    public ConsentSettings(bool required, int? agreementId)
    {
        if (agreementId is <= 0)
        {
            throw new DomainRuleViolated(new InvalidInput("Agreement", "Choose the built-in agreement or one of the custom ones."));
        }

        Required = required;
        AgreementId = agreementId;
    }

    public static ConsentSettings Off { get; } = new(false, null);

    public bool Required { get; }

    /// <summary>The custom agreement asked for; null is the built-in one.</summary>
    public int? AgreementId { get; }
}
