namespace OpenChannels.Domain.Crm;

/// <summary>How a contact can be reached: each e-mail and phone is one contact point, owned by one contact.</summary>
public enum ContactPointKind
{
    Email = 1,
    Phone = 2,
}
