namespace OpenChannels.Domain.Crm;

/// <summary>The port that turns a typed phone into E.164 (<see cref="CrmPhone"/>); null when it is not a phone number.</summary>
public interface IPhoneNumbers
{
    string? ToE164(string? typed);
}
