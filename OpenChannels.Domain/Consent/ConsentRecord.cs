using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Consent;

/// <summary>
/// C-1: a client's acceptance of an agreement, with the words they saw. It stays when the agreement is reworded or
/// deleted: it is the proof of what was accepted, when.
/// </summary>
public sealed class ConsentRecord
{
    private ConsentRecord()
    {
        Title = Text = string.Empty;
    }

    public ConsentRecord(int clientId, int openChannelId, AgreementTerms terms, DateTimeOffset now)
    {
        ClientId = clientId;
        OpenChannelId = openChannelId;
        AgreementId = terms.AgreementId;
        AgreementVersion = terms.Version;
        Title = Guard.RequiredText(terms.Title, "Title", Agreement.TitleMaxLength);
        Text = Guard.RequiredText(terms.Text, "Text", Agreement.TextMaxLength);
        AcceptedAt = now;
    }

    public long Id { get; private set; }

    public int ClientId { get; private set; }

    /// <summary>The channel that asked; kept for the record even if the client's connector moves.</summary>
    public int OpenChannelId { get; private set; }

    /// <summary><see cref="AgreementTerms.BuiltInId"/> for the built-in agreement.</summary>
    public int AgreementId { get; private set; }

    public int AgreementVersion { get; private set; }

    public string Title { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }
}
