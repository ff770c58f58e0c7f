using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Features.CrmLinks;

/// <summary>The uniqueness check: this e-mail or phone already belongs to another contact, which the screen offers to open.</summary>
public sealed record DuplicateContactPoint(string Field, string Value, int ExistingId, string ExistingName)
    : Error("{0} already belongs to the contact {1}. Open it, or merge the two.", Value, ExistingName);
