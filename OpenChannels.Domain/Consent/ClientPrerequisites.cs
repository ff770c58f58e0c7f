using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Domain.Consent;

/// <summary>What a channel asks of a client before it takes their messages: C-1 consent first, then the A-2 form.</summary>
public static class ClientPrerequisites
{
    /// <summary>
    /// The terms the channel asks clients to accept now, or null when it asks none. <paramref name="chosen"/> is the
    /// channel's custom agreement; without one (none chosen, or gone) the built-in agreement is asked.
    /// </summary>
    public static AgreementTerms? TermsOf(OpenChannel channel, Agreement? chosen) =>
        !channel.ConsentRequired ? null : chosen?.Terms ?? AgreementTerms.BuiltIn(channel.Language);

    /// <summary>The first thing the client still has to do before writing, or null when they may write.</summary>
    public static Error? BeforeWriting(OpenChannel channel, AgreementTerms? terms, IEnumerable<ConsentRecord> accepted, Client client)
    {
        if (terms is not null && !accepted.Any(terms.IsCoveredBy))
        {
            return new ConsentRequired(terms);
        }

        return channel.ContactForm.BlocksWriting(client) ? new ContactDetailsRequired() : null;
    }
}
