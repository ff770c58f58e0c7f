using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Domain.Channels;

/// <summary>A-2: the live chat's contact form — when it shows and which fields it asks; valid by construction.</summary>
public sealed record ContactFormSettings
{
    public ContactFormSettings(ContactFormMode mode, ContactFieldRule name, ContactFieldRule email, ContactFieldRule phone)
        : this(mode, name, email, phone, acceptorBecomesResponsible: false)
    {
    }

    public ContactFormSettings(
        ContactFormMode mode, ContactFieldRule name, ContactFieldRule email, ContactFieldRule phone, bool acceptorBecomesResponsible)
    {
        if (!Enum.IsDefined(mode) || !Enum.IsDefined(name) || !Enum.IsDefined(email) || !Enum.IsDefined(phone))
        {
            throw new DomainRuleViolated(new InvalidInput("ContactForm", "Choose when the form shows and what it asks."));
        }

        if (mode != ContactFormMode.Off && name == ContactFieldRule.Hidden && email == ContactFieldRule.Hidden && phone == ContactFieldRule.Hidden)
        {
            throw new DomainRuleViolated(new InvalidInput("ContactForm", "Ask for at least one field: name, e-mail or phone."));
        }

        Mode = mode;
        Name = name;
        Email = email;
        Phone = phone;
        AcceptorBecomesResponsible = acceptorBecomesResponsible;
    }

    public static ContactFormSettings Off { get; } =
        new(ContactFormMode.Off, ContactFieldRule.Required, ContactFieldRule.Optional, ContactFieldRule.Optional);

    public ContactFormMode Mode { get; }

    public ContactFieldRule Name { get; }

    public ContactFieldRule Email { get; }

    public ContactFieldRule Phone { get; }

    /// <summary>
    /// A-2 (seed 000): the agent who accepts the conversation becomes responsible for the CRM item the form created;
    /// otherwise it stays with the contact's responsible, or nobody until someone assigns it in the CRM.
    /// </summary>
    public bool AcceptorBecomesResponsible { get; }

    /// <summary>Whether the client already gave every required field (a form that is off needs nothing).</summary>
    public bool IsSatisfiedBy(Client client) =>
        Mode == ContactFormMode.Off
        || (Has(Name, client.Name) && Has(Email, client.Email) && Has(Phone, client.Phone));

    /// <summary>Whether the live chat shows the form to this client: they never sent it, or a required field is missing.</summary>
    public bool IsNeededBy(Client client) => Mode != ContactFormMode.Off && (client.ContactGivenAt is null || !IsSatisfiedBy(client));

    /// <summary>A-2 "before the dialog": the client may not write until the required fields are given.</summary>
    public bool BlocksWriting(Client client) => Mode == ContactFormMode.BeforeDialog && !IsSatisfiedBy(client);

    /// <summary>Checks a filled form field by field: every problem is reported, each with its field.</summary>
    public Result<ContactDetails> Check(string? name, string? email, string? phone)
    {
        var errors = new List<InvalidInput>();
        var checkedName = Field(Name, name, "name", "Name", value => Guard.RequiredText(value, "Name", Client.NameMaxLength), errors);
        var checkedEmail = Field(Email, email, "email", "E-mail", value => EmailAddress.Normalize(value), errors);
        var checkedPhone = Field(Phone, phone, "phone", "Phone", PhoneNumber.Normalize, errors);
        return errors.Count > 0
            ? new InvalidFields(errors)
            : new ContactDetails(checkedName, checkedEmail, checkedPhone);
    }

    private static bool Has(ContactFieldRule rule, string? value) => rule != ContactFieldRule.Required || !string.IsNullOrWhiteSpace(value);

    private static string? Field(ContactFieldRule rule, string? value, string field, string label, Func<string, string> normalize, List<InvalidInput> errors)
    {
        if (rule == ContactFieldRule.Hidden || string.IsNullOrWhiteSpace(value))
        {
            if (rule == ContactFieldRule.Required)
            {
                errors.Add(new InvalidInput(field, "{0} is required.", label));
            }

            return null;
        }

        try
        {
            return normalize(value);
        }
        catch (DomainRuleViolated e)
        {
            errors.Add(new InvalidInput(field, e.Error.Message));
            return null;
        }
    }
}
