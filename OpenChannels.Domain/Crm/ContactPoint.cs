namespace OpenChannels.Domain.Crm;

/// <summary>
/// One e-mail (lower case) or phone (E.164) of a contact. A value belongs to one contact at most: that is what lets a
/// client be recognised by it and what the uniqueness check of a new contact reads.
/// </summary>
public sealed record ContactPoint(ContactPointKind Kind, string Value);
