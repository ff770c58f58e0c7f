namespace OpenChannels.Web.Features.Conversations;

/// <summary>What "Save to CRM" left: the contact, and the deal when one was made.</summary>
public sealed record SavedToCrm(int ContactId, int? DealId);
